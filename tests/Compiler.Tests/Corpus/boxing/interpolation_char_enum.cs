using System;
using System.Collections.Generic;
using System.Linq;

// Interpolated strings format each hole with its type’s ToString.
public static class Program
{
    public static void Main()
    {
        char c = 'c';
        Tone t = Tone.Low;
        Tone? n = null;
        Console.WriteLine($"{c}{t}[{n}]");
    }
}

enum Tone { Low, High }
