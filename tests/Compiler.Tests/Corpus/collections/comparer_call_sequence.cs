using System;
using System.Collections.Generic;
using System.Linq;

// Hash-based collections call a custom comparer's GetHashCode once per operation (never for a null key: its hash
// code is 0) and Equals only between keys whose hash codes are equal (Dictionary, HashSet and LINQ's Lookup
// documentation: "uses the comparer's GetHashCode and Equals"); a counting comparer shows the calls.
public sealed class Counting : IEqualityComparer<string>
{
    public int Hashes;
    public int Equalities;
    public bool Equals(string? x, string? y)
    {
        Equalities++;
        return string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
    }
    public int GetHashCode(string s)
    {
        Hashes++;
        return s.Length;
    }
    public string Take()
    {
        var text = Hashes + "h " + Equalities + "e";
        Hashes = 0;
        Equalities = 0;
        return text;
    }
}

public static class Program
{
    public static void Main()
    {
        var c = new Counting();
        var d = new Dictionary<string, int>(c);
        d.Add("web", 1);
        Console.WriteLine("add " + c.Take());
        d["api"] = 2;
        Console.WriteLine("set new " + c.Take());
        d["WEB"] = 3;
        Console.WriteLine("set old " + c.Take() + " " + d["web"]);
        Console.WriteLine(d.ContainsKey("dns") + " " + c.Take());
        Console.WriteLine(d.TryGetValue("API", out var v) + " " + v + " " + c.Take());
        Console.WriteLine(d.TryAdd("Api", 9) + " " + c.Take());
        Console.WriteLine(d.Remove("web") + " " + c.Take());
        Console.WriteLine(d.Remove("API", out var removed) + " " + removed + " " + c.Take());
        Console.WriteLine(d.Count);

        var set = new HashSet<string>(c) { "a", "bb", "A", null! };
        Console.WriteLine("set " + set.Count + " " + c.Take());
        Console.WriteLine(set.Contains("BB") + " " + set.Contains(null!) + " " + c.Take());

        var groups = new[] { "x", "yy", "X", "zz", "YY" }.GroupBy(s => s, c).ToList();
        Console.WriteLine(string.Join(" ", groups.Select(g => g.Key + g.Count())) + " " + c.Take());
        var distinct = new[] { "q", "Q", "rr" }.Distinct(c).ToList();
        Console.WriteLine(string.Join(" ", distinct) + " " + c.Take());
    }
}
