using System;
using System.Collections.Generic;
using System.Linq;

// Omitted optional arguments take the declared default values.
public static class Program
{
    static string Greet(string name, string greeting = "Hello", char punctuation = '!') => greeting + " " + name + punctuation;

    public static void Main()
    {
        Console.WriteLine(Greet("Ann"));
        Console.WriteLine(Greet("Bob", "Hi"));
        Console.WriteLine(Greet("Cy", punctuation: '?'));
    }
}
