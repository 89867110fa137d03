using System;
using System.Collections.Generic;
using System.Linq;

// Console.Write output without a final newline is still written when the program ends.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine("first line");
        Console.Write("partial");
        Console.Write(' ');
        Console.Write(42);
    }
}
