using System;
using System.Collections.Generic;
using System.Linq;

// Double.ToString gives the shortest round-trippable text and E notation from 1E+15.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(0.1 + 0.2);
        Console.WriteLine(1e15);
        Console.WriteLine(123456789012345.0);
        Console.WriteLine(-0.0);
        Console.WriteLine(1.0 / 3);
    }
}
