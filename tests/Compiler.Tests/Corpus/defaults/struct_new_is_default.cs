using System;
using System.Collections.Generic;
using System.Linq;

// C# spec §16.4.5: new S() on a struct without a parameterless constructor is default(S), even when a constructor has only optional parameters.
public static class Program
{
    public static void Main()
    {
        var s = new Point();
        Console.WriteLine(s.X);
        Console.WriteLine(s.Tag == null);
        var t = new Point(3);
        Console.WriteLine(t.X + " " + t.Tag);
    }
}

readonly struct Point
{
    public readonly int X;
    public readonly string Tag;
    public Point(int x = 7, string tag = "seven") { X = x; Tag = tag; }
}
