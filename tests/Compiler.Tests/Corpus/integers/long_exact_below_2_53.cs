using System;
using System.Collections.Generic;
using System.Linq;

// long arithmetic within ±2^53 is exact.
public static class Program
{
    public static void Main()
    {
        long a = 4503599627370495L;
        long b = a * 2 - 1;
        Console.WriteLine(b);
        Console.WriteLine(-b);
        Console.WriteLine(b / 3);
        Console.WriteLine(b % 1000);
    }
}
