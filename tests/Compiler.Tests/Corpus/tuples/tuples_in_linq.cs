using System;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var nodes = new[] { ("node-a", 12, 0.5), ("node-b", 40, 0.9), ("node-c", 7, 0.1) };
        var loaded = nodes.Where(n => n.Item3 > 0.3).Select(n => (Name: n.Item1, Pods: n.Item2));
        foreach (var n in loaded)
            Console.WriteLine(n.Name + " " + n.Pods);
        var (total, count) = nodes.Aggregate((0, 0), (acc, n) => (acc.Item1 + n.Item2, acc.Item2 + 1));
        Console.WriteLine(total + "/" + count);
        var best = nodes.OrderByDescending(n => n.Item2).Select(n => (n.Item1, n.Item2)).First();
        Console.WriteLine(best);
        var grouped = nodes.GroupBy(n => n.Item2 > 10).Select(g => (g.Key, Count: g.Count())).OrderBy(g => g.Key);
        Console.WriteLine(string.Join(" ", grouped));
    }
}
