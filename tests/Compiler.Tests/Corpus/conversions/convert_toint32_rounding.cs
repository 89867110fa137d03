using System;
using System.Collections.Generic;
using System.Linq;

// Convert.ToInt32(double) rounds to even; a cast truncates.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Convert.ToInt32(2.5));
        Console.WriteLine(Convert.ToInt32(3.5));
        Console.WriteLine((int)3.5);
        Console.WriteLine(Convert.ToInt32(-2.5));
    }
}
