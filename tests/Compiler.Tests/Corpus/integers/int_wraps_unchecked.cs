using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §12.4.4 unchecked int arithmetic wraps modulo 2^32.
public static class Program
{
    public static void Main()
    {
        int max = int.MaxValue;
        Console.WriteLine(unchecked(max + 1));
        Console.WriteLine(unchecked(max * 2));
        int min = int.MinValue;
        Console.WriteLine(unchecked(-min));
        try { Console.WriteLine(min / -1); }
        catch (OverflowException) { Console.WriteLine("OverflowException"); }
    }
}
