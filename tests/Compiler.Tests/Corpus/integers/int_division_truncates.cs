using System;
using System.Collections.Generic;
using System.Linq;

// Integer division truncates toward zero; the remainder has the dividend’s sign.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(-7 / 2);
        Console.WriteLine(-7 % 2);
        Console.WriteLine(7 / -2);
        Console.WriteLine(7 % -2);
        long l = -7;
        Console.WriteLine(l / 2 + " " + l % 2);
    }
}
