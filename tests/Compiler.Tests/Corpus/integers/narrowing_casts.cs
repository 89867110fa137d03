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
        int w = 70000, z = 65601;
        Console.WriteLine((short)w);
        Console.WriteLine((char)z);
        long l = 4294967297L;
        Console.WriteLine((int)l);
    }
}
