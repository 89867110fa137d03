using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

public static class Program
{
    record Probe(string Node, bool Ok, int Ms);

    static async Task<Probe> Check(string node, int ms, bool ok)
    {
        await Task.Delay(ms);
        if (!ok)
            throw new TimeoutException(node + " timed out");
        return new Probe(node, ok, ms);
    }

    static async Task<Probe> Safe(string node, int ms, bool ok)
    {
        try
        {
            return await Check(node, ms, ok);
        }
        catch (TimeoutException e)
        {
            Console.WriteLine("warn: " + e.Message);
            return new Probe(node, false, ms);
        }
    }

    public static async Task Main()
    {
        var nodes = new[] { ("node-a", 30, true), ("node-b", 90, false), ("node-c", 150, true) };
        var probes = await Task.WhenAll(nodes.Select(n => Safe(n.Item1, n.Item2, n.Item3)));
        foreach (var p in probes)
            Console.WriteLine(p);
        Console.WriteLine($"{probes.Count(p => p.Ok)}/{probes.Length} reachable");
        var sequential = new List<Probe>();
        foreach (var (node, ms, ok) in nodes)
            sequential.Add(await Safe(node, 1, ok));
        Console.WriteLine(string.Join(",", sequential.Select(p => p.Node + (p.Ok ? "+" : "-"))));
    }
}
