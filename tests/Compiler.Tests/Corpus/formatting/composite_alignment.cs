using System;
using System.Collections.Generic;
using System.Linq;

// Composite format alignment pads left for positive widths and right for negative ones.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine("|{0,5}|{1,-5}|", 42, "ab");
        Console.WriteLine("|{0,3:X}|", 255);
        Console.WriteLine(string.Format("{0:D4}", 7));
    }
}
