using System;
using System.Collections.Generic;
using System.Linq;

// String.Format: each argument is formatted by its own type’s ToString.
public static class Program
{
    public static void Main()
    {
        char c = 'c';
        Tone t = Tone.High;
        long big = 9000000000L;
        Console.WriteLine(string.Format("{0}-{1}-{2}", c, t, big));
        Console.WriteLine("{0,3}|{1,-5}|", c, t);
    }
}

enum Tone { Low, High }
