using System;
using System.Collections.Generic;
using System.Linq;

// Under invariant globalization (the project’s documented mode) culture-sensitive comparison is ordinal: uppercase sorts before lowercase.
public static class Program
{
    public static void Main()
    {
        var words = new List<string> { "b", "B", "a", "A", "_", "1", "\u00e9", "e" };
        words.Sort();
        Console.WriteLine(string.Join(",", words));
    }
}
