using System;
using System.Collections.Generic;
using System.Linq;

// String equality (==, Equals) is ordinal and case-sensitive unless a comparison says otherwise.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine("a" == "A");
        Console.WriteLine(string.Equals("a", "A", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("\u00e9" == "e\u0301");
    }
}
