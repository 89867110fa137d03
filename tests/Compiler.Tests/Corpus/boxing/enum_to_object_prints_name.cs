using System;
using System.Collections.Generic;
using System.Linq;

// Enum.ToString(): a boxed enum value prints its name, an undefined value its number.
public static class Program
{
    public static void Main()
    {
        object a = Mode.Fast;
        object b = (Mode)7;
        Console.WriteLine(a);
        Console.WriteLine(b);
        Console.WriteLine($"{a}|{b}");
    }
}

enum Mode { Slow = 1, Fast = 3 }
