using System;
using System.Collections.Generic;
using System.Linq;

// ValueTuple.ToString formats each item by its own type: chars as characters, enums as names.
public static class Program
{
    public static void Main()
    {
        var t = ('a', Tone.Low, 2L);
        Console.WriteLine(t);
        Console.WriteLine($"{t}");
    }
}

enum Tone { Low, High }
