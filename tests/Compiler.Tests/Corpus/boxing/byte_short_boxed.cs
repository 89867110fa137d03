using System;
using System.Collections.Generic;
using System.Linq;

// Boxed byte and short keep their type: Equals with a boxed int is false.
public static class Program
{
    public static void Main()
    {
        object b = (byte)7;
        object s = (short)7;
        Console.WriteLine(b);
        Console.WriteLine(b.Equals(7));
        Console.WriteLine(s.Equals((short)7));
        Console.WriteLine(b.Equals(s));
    }
}
