using System;
using System.Collections.Generic;
using System.Linq;

// String.CompareTo and string.Compare under invariant globalization compare UTF-16 code units.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Math.Sign("a".CompareTo("B")));
        Console.WriteLine(Math.Sign(string.Compare("apple", "Apple")));
        Console.WriteLine(Math.Sign(string.Compare("a", "A", StringComparison.CurrentCultureIgnoreCase)));
        Console.WriteLine(Math.Sign(string.Compare("abc", "abd")));
    }
}
