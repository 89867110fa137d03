using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §8.3.12: boxing a nullable with a value boxes the underlying value; an empty one boxes to null.
public static class Program
{
    public static void Main()
    {
        char? some = 'k';
        char? none = null;
        object a = some;
        object b = none;
        Console.WriteLine(a);
        Console.WriteLine(b == null);
        Tone? t = Tone.High;
        object bt = t;
        Console.WriteLine(bt);
    }
}

enum Tone { Low, High }
