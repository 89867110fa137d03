using System;
using System.Collections.Generic;
using System.Linq;

// string.Join(string, object[]) calls ToString on each boxed element.
public static class Program
{
    public static void Main()
    {
        object[] values = { 'a', Tone.High, 3L, 0.5 };
        Console.WriteLine(string.Join("/", values));
    }
}

enum Tone { Low, High }
