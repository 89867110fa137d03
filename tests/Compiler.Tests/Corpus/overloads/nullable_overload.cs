using System;
using System.Collections.Generic;
using System.Linq;

// int? and int overloads: an int argument picks int, null picks int?.
public static class Program
{
    static string Which(int x) => "int";
    static string Which(int? x) => "int?";

    public static void Main()
    {
        Console.WriteLine(Which(1));
        Console.WriteLine(Which(null));
        int? n = 2;
        Console.WriteLine(Which(n));
    }
}
