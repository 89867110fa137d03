using System;
using System.Collections.Generic;
using System.Linq;

// A char argument converts implicitly to int; with int and double overloads, int is better.
public static class Program
{
    static string Pick(int x) => "int " + x;
    static string Pick(double x) => "double " + x;

    public static void Main()
    {
        Console.WriteLine(Pick('a'));
    }
}
