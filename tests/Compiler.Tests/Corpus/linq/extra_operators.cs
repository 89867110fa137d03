using System;
using System.Collections.Generic;
using System.Linq;

// LINQ operators beyond the core list that plugin code is likely to reach for.
public static class Program
{
    record Node(string Name, int Pods, double Cpu);
    record Port(string Protocol, int Number);

    public static void Main()
    {
        var nodes = new[] { new Node("a", 12, 0.5), new Node("b", 40, 2.25), new Node("c", 7, 1.0) };
        Console.WriteLine(nodes.MaxBy(n => n.Pods)!.Name);
        Console.WriteLine(nodes.MinBy(n => n.Cpu)!.Name);
        Console.WriteLine(nodes.Average(n => n.Pods));
        Console.WriteLine(new[] { 2, 4 }.Average());
        var nums = new[] { 3, 1, 3, 2, 1, 5 };
        Console.WriteLine(string.Join(",", nums.Union(new[] { 9, 2 })));
        Console.WriteLine(string.Join(",", nums.Intersect(new[] { 5, 3, 7 })));
        Console.WriteLine(string.Join(",", nums.Except(new[] { 1 })));
        var ports = new[] { new Port("TCP", 80), new Port("UDP", 53), new Port("TCP", 443) };
        Console.WriteLine(string.Join(",", ports.DistinctBy(p => p.Protocol).Select(p => p.Number)));
        var items = Enumerable.Range(1, 10).ToList();
        Console.WriteLine(string.Join(",", items.SkipWhile(x => x < 8)));
        Console.WriteLine(string.Join(",", items.TakeWhile(x => x * x < 20)));
        Console.WriteLine(string.Join(",", items.TakeLast(2)));
        Console.WriteLine(string.Join(",", items.SkipLast(8)));
        Console.WriteLine(string.Join(",", new[] { "x" }.Append("y").Prepend("w")));
        Console.WriteLine(string.Join(",", items.Chunk(4).Select(c => c.Sum())));
        Console.WriteLine(string.Join(",", new[] { 3, 1, 2 }.Order()));
        Console.WriteLine(string.Join(",", Enumerable.Repeat("x", 3)));
        Console.WriteLine(Enumerable.Empty<int>().Count());
        Console.WriteLine(items.SequenceEqual(Enumerable.Range(1, 10)));
        Console.WriteLine(new List<int>().DefaultIfEmpty(-1).First());
        Console.WriteLine(items.ElementAt(2) + " " + items.ElementAtOrDefault(20));
        Console.WriteLine(items.FirstOrDefault(n => n > 100, -1));
        var lookup = nodes.ToLookup(n => n.Pods > 10);
        Console.WriteLine(lookup[true].Count() + " " + lookup[false].Count());
        Console.WriteLine(items.LongCount());
    }
}
