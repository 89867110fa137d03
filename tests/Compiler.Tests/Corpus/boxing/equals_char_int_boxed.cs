using System;
using System.Collections.Generic;
using System.Linq;

// Char.Equals(object) is true only for a boxed char: Equals(’a’, 97) is false.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Equals('a', 97));
        Console.WriteLine(Equals('a', 'a'));
        object c = 'a';
        Console.WriteLine(c.Equals((object)'a'));
    }
}
