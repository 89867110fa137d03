using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §10.3.2: double to int truncates toward zero.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine((int)2.9);
        Console.WriteLine((int)-2.9);
        Console.WriteLine((long)1e15);
        Console.WriteLine((int)0.5);
    }
}
