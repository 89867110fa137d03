using System;
using System.Collections.Generic;
using System.Linq;

// default of an enum is its zero value (printed by name when defined); default of a nullable is null.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(default(Tone));
        Console.WriteLine(default(Odd));
        int? n = default;
        Console.WriteLine(n.HasValue);
    }
}

enum Tone { Low, High }
enum Odd { One = 1 }
