using System;
using System.Linq;

public static class Program
{
    record Pod(string Name, string Node, string Phase);

    public static void Main()
    {
        var pods = new[]
        {
            new Pod("web-1", "node-b", "Running"), new Pod("web-2", "node-a", "Running"),
            new Pod("db-0", "node-b", "Pending"), new Pod("cache-0", "node-c", "Failed"),
            new Pod("api-0", "node-a", "Running"), new Pod("job-1", "node-b", "Succeeded"),
        };
        foreach (var g in pods.GroupBy(p => p.Node))
            Console.WriteLine($"{g.Key}: {g.Count()} [{string.Join(",", g.Select(p => p.Name))}]");
        Console.WriteLine("--");
        foreach (var g in pods.GroupBy(p => p.Phase).OrderByDescending(g => g.Count()).ThenBy(g => g.Key))
            Console.WriteLine(g.Key + " " + g.Count());
        Console.WriteLine("--");
        var byFirst = pods.GroupBy(p => p.Name[0], p => p.Name.ToUpper());
        foreach (var g in byFirst)
            Console.WriteLine(g.Key + "=" + string.Join("|", g));
        var summary = pods.GroupBy(p => p.Node, (node, ps) => node + ":" + ps.Count(p => p.Phase == "Running"));
        Console.WriteLine(string.Join(" ", summary));
    }
}
