using System;
using System.Collections.Generic;
using System.Linq;

// A generic method that only passes its T through returns the value unchanged, char and enum included.
public static class Program
{
    static T Echo<T>(T value) => value;
    static (B, A) Swap<A, B>((A, B) p) => (p.Item2, p.Item1);

    public static void Main()
    {
        Console.WriteLine(Echo('k'));
        Console.WriteLine(Echo(Tint.Warm));
        Console.WriteLine(Echo(5L) + 1);
        var pair = Swap(('a', 1));
        Console.WriteLine(pair);
    }
}

enum Tint { Cold, Warm }
