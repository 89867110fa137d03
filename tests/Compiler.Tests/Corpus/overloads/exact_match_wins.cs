using System;
using System.Collections.Generic;
using System.Linq;

// An identity conversion is better than any other: Pick(object) loses to Pick(string) for a string.
public static class Program
{
    static string Pick(string x) => "string";
    static string Pick(object x) => "object";

    public static void Main()
    {
        Console.WriteLine(Pick("s"));
        Console.WriteLine(Pick((object)"s"));
        Console.WriteLine(Pick(3));
    }
}
