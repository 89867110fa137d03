using System;
using System.Collections.Generic;
using System.Linq;

// GroupBy with a key comparer groups case-insensitively; the key is the first element’s key.
public static class Program
{
    public static void Main()
    {
        var words = new[] { "a", "B", "A", "b", "c" };
        foreach (var g in words.GroupBy(w => w, StringComparer.OrdinalIgnoreCase))
            Console.WriteLine(g.Key + ":" + string.Join("", g));
    }
}
