using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §10.2.3: implicit numeric conversions never lose integer values (int to long, char to int).
public static class Program
{
    public static void Main()
    {
        int i = -5;
        long l = i;
        double d = l;
        char c = 'A';
        int fromChar = c;
        Console.WriteLine(l);
        Console.WriteLine(d);
        Console.WriteLine(fromChar);
    }
}
