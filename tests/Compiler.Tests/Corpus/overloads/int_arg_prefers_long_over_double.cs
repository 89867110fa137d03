using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §12.6.4.7 better conversion target: an int argument prefers long over double.
public static class Program
{
    static string Pick(long x) => "long";
    static string Pick(double x) => "double";

    public static void Main()
    {
        Console.WriteLine(Pick(5));
    }
}
