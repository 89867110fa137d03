using System;
using System.Collections.Generic;
using System.Linq;

// A non-generic method is better than a generic one when both are equally applicable.
public static class Program
{
    static string Show<T>(T x) => "generic";
    static string Show(int x) => "int";

    public static void Main()
    {
        Console.WriteLine(Show(1));
        Console.WriteLine(Show("x"));
    }
}
