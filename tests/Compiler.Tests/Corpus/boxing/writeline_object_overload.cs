using System;
using System.Collections.Generic;
using System.Linq;

// Console.WriteLine(object) writes value.ToString(): chars and enums through an object variable.
public static class Program
{
    public static void Main()
    {
        object[] things = { 'Q', Tone.Low };
        Console.WriteLine(things[0]);
        Console.WriteLine(things[1]);
    }
}

enum Tone { Low, High }
