using System;
using System.Collections.Generic;
using System.Linq;

// Culture-sensitive StartsWith under invariant globalization matches code units: no ligature expansion.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine("encyclop\u00e6dia".StartsWith("encyclopaedia"));
        Console.WriteLine("Hello".StartsWith("he", StringComparison.CurrentCultureIgnoreCase));
    }
}
