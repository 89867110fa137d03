using System;
using System.Collections.Generic;
using System.Linq;

// ToDictionary with a comparer looks keys up with that comparer.
public static class Program
{
    public static void Main()
    {
        var d = new[] { "one", "two" }.ToDictionary(w => w, w => w.Length, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(d["ONE"]);
        Console.WriteLine(d.ContainsKey("Two"));
    }
}
