using System;
using System.Collections.Generic;
using System.Linq;

// ++, -- and compound assignment on long are exact.
public static class Program
{
    public static void Main()
    {
        long n = 9007199254740990L;
        n++;
        Console.WriteLine(n);
        n -= 10;
        Console.WriteLine(n);
        n *= -1;
        Console.WriteLine(n);
    }
}
