using System;
using System.Collections.Generic;
using System.Linq;

// List<object>.Contains uses Equals: a boxed char is found by a new box of the same char, not by its code.
public static class Program
{
    public static void Main()
    {
        var items = new List<object> { 'a', 1L };
        Console.WriteLine(items.Contains('a'));
        Console.WriteLine(items.Contains(97));
        Console.WriteLine(items.Contains(1L));
        Console.WriteLine(items.Contains(1));
    }
}
