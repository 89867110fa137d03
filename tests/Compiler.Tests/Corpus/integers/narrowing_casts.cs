using System;
using System.Collections.Generic;
using System.Linq;

// Explicit numeric conversions to narrower integers keep the low bits (unchecked).
public static class Program
{
    public static void Main()
    {
        int v = 300;
        Console.WriteLine((byte)v);
        Console.WriteLine((sbyte)v);
        Console.WriteLine((short)70000);
        Console.WriteLine((char)65601);
        long l = 4294967297L;
        Console.WriteLine((int)l);
    }
}
