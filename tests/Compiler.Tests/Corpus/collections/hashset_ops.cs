using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static string Sorted(IEnumerable<int> set) => string.Join(",", set.OrderBy(x => x));

    public static void Main()
    {
        var set = new HashSet<int>();
        Console.WriteLine(set.Add(3));
        Console.WriteLine(set.Add(1));
        Console.WriteLine(set.Add(3));
        Console.WriteLine(set.Count);
        Console.WriteLine(set.Contains(1));
        Console.WriteLine(set.Remove(1));
        Console.WriteLine(set.Remove(1));
        var a = new HashSet<int> { 1, 2, 3, 4 };
        var b = new HashSet<int> { 3, 4, 5 };
        var union = new HashSet<int>(a);
        union.UnionWith(b);
        Console.WriteLine(Sorted(union));
        var inter = new HashSet<int>(a);
        inter.IntersectWith(b);
        Console.WriteLine(Sorted(inter));
        var except = new HashSet<int>(a);
        except.ExceptWith(b);
        Console.WriteLine(Sorted(except));
        Console.WriteLine(a.Overlaps(b));
        Console.WriteLine(inter.IsSubsetOf(a));
        Console.WriteLine(a.SetEquals(new[] { 4, 3, 2, 1, 1 }));
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Kmesh", "KMESH", "istio" };
        Console.WriteLine(names.Count);
        Console.WriteLine(names.Contains("kmesh"));
        var seen = new HashSet<string>();
        foreach (var n in new[] { "b", "a", "b", "c", "a" })
            if (seen.Add(n))
                Console.Write(n);
        Console.WriteLine();
        var ordered = new HashSet<string> { "x", "y", "z" };
        Console.WriteLine(string.Join("", ordered));
    }
}
