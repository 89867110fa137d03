using System;
using System.Collections.Generic;

public static class Program
{
    static int Total(IReadOnlyList<int> values)
    {
        int total = 0;
        for (int i = 0; i < values.Count; i++)
            total += values[i];
        return total;
    }

    static int CountAll(IEnumerable<string> items)
    {
        int n = 0;
        foreach (var _ in items)
            n++;
        return n;
    }

    static void AddTwice(ICollection<string> target, string value)
    {
        target.Add(value);
        target.Add(value);
    }

    static string Lookup(IReadOnlyDictionary<string, int> map, string key) =>
        map.TryGetValue(key, out var v) ? v.ToString() : "-";

    public static void Main()
    {
        Console.WriteLine(Total(new List<int> { 1, 2, 3 }));
        Console.WriteLine(Total(new[] { 10, 20 }));
        Console.WriteLine(CountAll(new HashSet<string> { "a", "b", "a" }));
        Console.WriteLine(CountAll(new List<string> { "a", "b", "a" }));
        var list = new List<string>();
        AddTwice(list, "x");
        Console.WriteLine(list.Count);
        IList<int> ilist = new List<int> { 5, 6 };
        ilist.Insert(0, 4);
        Console.WriteLine(string.Join(",", ilist));
        var map = new Dictionary<string, int> { ["a"] = 1 };
        Console.WriteLine(Lookup(map, "a") + Lookup(map, "b"));
        IEnumerable<int> seq = new[] { 7, 8 };
        foreach (var n in seq)
            Console.Write(n);
        Console.WriteLine();
    }
}
