using System;
using System.Collections.Generic;
using System.Linq;

// Each boxing conversion creates a new object: two boxes of the same char are not reference-equal but are Equals.
public static class Program
{
    public static void Main()
    {
        char c = 'm';
        object a = c;
        object b = c;
        Console.WriteLine(ReferenceEquals(a, b));
        Console.WriteLine(a.Equals(b));
        Console.WriteLine(ReferenceEquals(a, a));
    }
}
