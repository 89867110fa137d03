using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §12.6.4.2: a method applicable in normal form is better than one applicable only in expanded form.
public static class Program
{
    static string Count(int x) => "one";
    static string Count(params int[] xs) => "params " + xs.Length;

    public static void Main()
    {
        Console.WriteLine(Count(1));
        Console.WriteLine(Count(1, 2));
        Console.WriteLine(Count());
    }
}
