using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    record Svc(string Name, int Port);

    public static void Main()
    {
        var services = new[] { new Svc("web", 80), new Svc("api", 8080), new Svc("db", 5432) };
        var byName = services.ToDictionary(s => s.Name);
        Console.WriteLine(byName["api"].Port);
        var ports = services.ToDictionary(s => s.Name, s => s.Port);
        foreach (var kv in ports)
            Console.WriteLine(kv.Key + ":" + kv.Value);
        try
        {
            var dup = new[] { new Svc("a", 1), new Svc("a", 2) }.ToDictionary(s => s.Name);
            Console.WriteLine(dup.Count);
        }
        catch (ArgumentException)
        {
            Console.WriteLine("duplicate: ArgumentException");
        }
        Dictionary<int, string> inverse = ports.ToDictionary(kv => kv.Value, kv => kv.Key);
        Console.WriteLine(inverse[5432]);
        var counts = "mississippi".GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine(string.Join(" ", counts.Select(kv => $"{kv.Key}{kv.Value}")));
    }
}
