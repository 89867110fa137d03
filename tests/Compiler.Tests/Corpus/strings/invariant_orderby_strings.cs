using System;
using System.Collections.Generic;
using System.Linq;

// OrderBy(s => s) uses Comparer<string>.Default, ordinal under invariant globalization.
public static class Program
{
    public static void Main()
    {
        var sorted = new[] { "zeta", "Alpha", "beta", "Beta", "alpha" }.OrderBy(s => s);
        Console.WriteLine(string.Join(" ", sorted));
        var desc = new[] { "b", "C", "a" }.OrderByDescending(s => s);
        Console.WriteLine(string.Join(" ", desc));
    }
}
