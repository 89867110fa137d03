using System;
using System.Collections.Generic;
using System.Linq;

// HashSet<T>'s set operations change the set in place in the order .NET documents for each (SymmetricExceptWith
// with a sequence adds the new items before it removes the common ones), and a freed slot is reused by the next
// item added, so enumeration after them follows .NET.
public static class Program
{
    static string Show(HashSet<int> s) => string.Join(",", s);

    public static void Main()
    {
        var a = new HashSet<int> { 1, 2, 3 };
        a.SymmetricExceptWith(new[] { 2, 4, 4, 5, 1 });
        Console.WriteLine(Show(a));
        a.Add(9);
        Console.WriteLine(Show(a));

        var b = new HashSet<int> { 1, 2, 3 };
        b.SymmetricExceptWith(new HashSet<int> { 2, 4 });
        b.Add(8);
        Console.WriteLine(Show(b));

        var c = new HashSet<int> { 5, 6, 7, 8 };
        c.IntersectWith(new[] { 8, 6, 10 });
        c.Add(1);
        c.Add(2);
        c.Add(3);
        Console.WriteLine(Show(c));

        var d = new HashSet<int> { 1, 2, 3, 4 };
        d.ExceptWith(new[] { 3, 1 });
        d.UnionWith(new[] { 7, 2, 8, 9 });
        Console.WriteLine(Show(d));

        var e = new HashSet<int>();
        e.SymmetricExceptWith(new[] { 3, 3, 1 });
        Console.WriteLine(Show(e));
        e.SymmetricExceptWith(e);
        Console.WriteLine(e.Count);

        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Web", "Api", "Dns" };
        words.SymmetricExceptWith(new[] { "API", "mesh", "MESH" });
        words.Add("proxy");
        Console.WriteLine(string.Join(",", words));
    }
}
