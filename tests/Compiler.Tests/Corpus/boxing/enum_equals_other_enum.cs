using System;
using System.Collections.Generic;
using System.Linq;

// Enum.Equals(object) is false for a value of a different enum type with the same number.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Red.One.Equals(Blue.One));
        Console.WriteLine(Red.One.Equals(Red.One));
        Console.WriteLine(Red.One.Equals((object)1));
    }
}

enum Red { Zero, One }
enum Blue { Zero, One }
