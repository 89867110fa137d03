using System;
using System.Collections.Generic;
using System.Linq;

// Boolean.ToString returns True/False.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(true);
        Console.WriteLine($"{false}");
        Console.WriteLine("x" + true);
        object b = false;
        Console.WriteLine(b);
    }
}
