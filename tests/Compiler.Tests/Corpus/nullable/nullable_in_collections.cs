using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    record Probe(string Name, int? LatencyMs);

    public static void Main()
    {
        var probes = new List<Probe> { new("a", 12), new("b", null), new("c", 7), new("d", null) };
        Console.WriteLine(probes.Count(p => p.LatencyMs.HasValue));
        Console.WriteLine(probes.Where(p => p.LatencyMs != null).Sum(p => p.LatencyMs!.Value));
        Console.WriteLine(probes.Sum(p => p.LatencyMs));
        Console.WriteLine(probes.Max(p => p.LatencyMs));
        Console.WriteLine(probes.Min(p => p.LatencyMs));
        foreach (var p in probes.OrderBy(p => p.LatencyMs ?? int.MaxValue))
            Console.Write(p.Name);
        Console.WriteLine();
        foreach (var p in probes)
            Console.WriteLine($"{p.Name}: {p.LatencyMs?.ToString() ?? "timeout"}");
        Console.WriteLine(probes[1]);
        var values = new int?[] { 3, null, 1 };
        Console.WriteLine(string.Join(",", values));
        Console.WriteLine(values.OrderBy(v => v).First() == null);
    }
}
