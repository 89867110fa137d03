using System;
using System.Collections.Generic;
using System.Linq;

// ulong arithmetic within range is exact; subtracting below zero in unchecked code cannot be held exactly, and checked code throws.
public static class Program
{
    public static void Main()
    {
        ulong a = 5;
        ulong b = 3;
        Console.WriteLine(a - b);
        Console.WriteLine(a * 1000000000UL);
        try { Console.WriteLine(checked(b - a)); }
        catch (OverflowException) { Console.WriteLine("OverflowException"); }
    }
}
