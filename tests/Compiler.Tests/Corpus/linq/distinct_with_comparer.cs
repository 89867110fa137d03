using System;
using System.Collections.Generic;
using System.Linq;

// Distinct with StringComparer.OrdinalIgnoreCase keeps the first of each case-insensitive group.
public static class Program
{
    public static void Main()
    {
        var words = new[] { "Apple", "apple", "Pear", "PEAR", "fig" };
        Console.WriteLine(string.Join(",", words.Distinct(StringComparer.OrdinalIgnoreCase)));
    }
}
