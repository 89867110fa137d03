using System;
using System.Collections.Generic;
using System.Linq;

// Int32.Parse throws FormatException for text that is not a number; TryParse returns false.
public static class Program
{
    public static void Main()
    {
        try { Console.WriteLine(int.Parse("12a")); }
        catch (FormatException) { Console.WriteLine("FormatException"); }
        Console.WriteLine(int.TryParse("-40", out var v) + " " + v);
        Console.WriteLine(int.TryParse("x", out var w) + " " + w);
    }
}
