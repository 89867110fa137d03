using System;
using System.Collections.Generic;
using System.Linq;

// Console.Write pieces join on one line until WriteLine.
public static class Program
{
    public static void Main()
    {
        Console.Write("a");
        Console.Write('b');
        Console.Write(3);
        Console.WriteLine();
        Console.Write("tail");
    }
}
