using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    record Endpoint(string Service, string Node, string Ip, bool Ready, int LatencyMs);

    public static void Main()
    {
        var endpoints = new List<Endpoint>
        {
            new("reviews", "node-a", "10.0.1.4", true, 12),
            new("reviews", "node-b", "10.0.2.9", false, 250),
            new("ratings", "node-a", "10.0.1.7", true, 8),
            new("details", "node-c", "10.0.3.2", true, 30),
            new("reviews", "node-c", "10.0.3.5", true, 18),
            new("ratings", "node-b", "10.0.2.3", true, 9),
        };
        var report = endpoints
            .GroupBy(e => e.Service)
            .Select(g => new
            {
                Service = g.Key,
                Ready = g.Count(e => e.Ready),
                Total = g.Count(),
                WorstMs = g.Any(e => e.Ready) ? g.Where(e => e.Ready).Max(e => e.LatencyMs) : 0,
                Nodes = string.Join("+", g.Select(e => e.Node).Distinct().OrderBy(n => n)),
            })
            .OrderByDescending(r => r.Total)
            .ThenBy(r => r.Service);
        foreach (var r in report)
            Console.WriteLine($"{r.Service,-8} {r.Ready}/{r.Total} worst={r.WorstMs}ms nodes={r.Nodes} {(double)r.Ready / r.Total:P0}");
        var perNode = endpoints.Where(e => e.Ready).GroupBy(e => e.Node).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}:{g.Sum(e => e.LatencyMs)}");
        Console.WriteLine(string.Join(" ", perNode));
        var slowest = endpoints.OrderByDescending(e => e.LatencyMs).Take(2).Select(e => e.Ip);
        Console.WriteLine(string.Join(" ", slowest));
    }
}
