using System;
using System.Collections.Generic;
using System.Linq;

// A user IEqualityComparer<T> decides equality for GroupBy, Distinct, ToDictionary, ToHashSet, ToLookup,
// Contains, the set operators and joins: groups and keys keep the order of their first element, and a group's
// or dictionary's key is the first element's key (Enumerable docs: "in the order in which they appear").
public sealed class ByNamespace : IEqualityComparer<string>
{
    // "ns/name" strings are equal when their namespaces are.
    public bool Equals(string? x, string? y) => Ns(x) == Ns(y);
    public int GetHashCode(string s) => Ns(s).Length;
    private static string Ns(string? s) => s == null ? "" : s.Split('/')[0];
}

public sealed class Mod3 : IEqualityComparer<int>
{
    public bool Equals(int x, int y) => x % 3 == y % 3;
    public int GetHashCode(int x) => x % 3;
}

public static class Program
{
    public static void Main()
    {
        var pods = new[] { "default/web", "kube-system/dns", "default/api", "mesh/waypoint", "kube-system/proxy" };
        var byNs = new ByNamespace();
        foreach (var g in pods.GroupBy(p => p, byNs))
            Console.WriteLine(g.Key + ": " + string.Join(", ", g));
        foreach (var g in pods.GroupBy(p => p, p => p.Length, byNs))
            Console.WriteLine(g.Key + " -> " + g.Sum());
        Console.WriteLine(string.Join(" ", pods.GroupBy(p => p, (k, items) => k.Split('/')[1] + "x" + items.Count(), byNs)));
        Console.WriteLine(string.Join(" ", pods.Distinct(byNs)));
        Console.WriteLine(string.Join(" ", pods.DistinctBy(p => p.Length, new Mod3())));

        var first = pods.Reverse().Distinct(byNs).ToDictionary(p => p, p => p.Length, byNs is null ? null : (IEqualityComparer<string>)byNs);
        Console.WriteLine(first.Count + " " + first["mesh/other"] + " " + first.ContainsKey("none/x"));
        try
        {
            pods.ToDictionary(p => p, byNs);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("duplicate: " + e.Message);
        }

        var set = pods.ToHashSet(byNs);
        Console.WriteLine(set.Count + " " + set.Contains("default/anything") + " " + string.Join(" ", set));
        var lookup = pods.ToLookup(p => p, byNs);
        Console.WriteLine(lookup["kube-system/x"].Count() + " " + lookup.Contains("nope/x"));
        var lengths = pods.ToLookup(p => p, p => p.Length, byNs);
        Console.WriteLine(string.Join(",", lengths["default/"]));

        var numbers = new[] { 4, 9, 7, 12, 5, 1, 3 };
        var mod3 = new Mod3();
        Console.WriteLine(numbers.Contains(10, mod3) + " " + numbers.Contains(10));
        Console.WriteLine(string.Join(",", numbers.Distinct(mod3)));
        Console.WriteLine(string.Join(",", numbers.Union(new[] { 2, 8 }, mod3)));
        Console.WriteLine(string.Join(",", numbers.Intersect(new[] { 6, 10 }, mod3)));
        Console.WriteLine(string.Join(",", numbers.Except(new[] { 6 }, mod3)));
        Console.WriteLine(string.Join(",", numbers.UnionBy(new[] { 20, 30 }, n => n / 10, mod3)));

        var owners = new[] { 0, 1, 2 };
        Console.WriteLine(string.Join(" ", owners.Join(numbers, o => o, n => n, (o, n) => o + ":" + n, mod3)));
        foreach (var group in owners.GroupJoin(numbers, o => o + 3, n => n, (o, ns) => o + "=" + string.Join("+", ns), mod3))
            Console.WriteLine(group);
    }
}
