using System;
using System.Collections.Generic;
using System.Linq;

// A checked explicit conversion out of range throws OverflowException.
public static class Program
{
    public static void Main()
    {
        int v = 300;
        try { Console.WriteLine(checked((byte)v)); }
        catch (OverflowException) { Console.WriteLine("OverflowException"); }
        long l = 1L << 40;
        try { Console.WriteLine(checked((int)l)); }
        catch (OverflowException) { Console.WriteLine("OverflowException"); }
    }
}
