using System;
using System.Collections.Generic;
using System.Linq;

// long values up to ±(2^53-1) print exactly.
public static class Program
{
    public static void Main()
    {
        long top = 9007199254740991L;
        long bottom = -9007199254740991L;
        Console.WriteLine(top);
        Console.WriteLine(bottom);
        Console.WriteLine(top.ToString("N0"));
    }
}
