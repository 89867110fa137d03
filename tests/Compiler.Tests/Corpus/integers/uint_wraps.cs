using System;
using System.Collections.Generic;
using System.Linq;

// uint arithmetic wraps modulo 2^32.
public static class Program
{
    public static void Main()
    {
        uint zero = 0;
        Console.WriteLine(unchecked(zero - 1));
        uint big = 4000000000;
        Console.WriteLine(unchecked(big + big));
    }
}
