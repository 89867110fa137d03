using System;
using System.Collections.Generic;
using System.Linq;

// List<T> of an enum in non-generic code prints names through string.Join.
public static class Program
{
    public static void Main()
    {
        var list = new List<Tint> { Tint.Cold, Tint.Warm };
        Console.WriteLine(string.Join(" ", list));
        Console.WriteLine(list.Contains(Tint.Warm));
        Console.WriteLine(list.IndexOf(Tint.Warm));
    }
}

enum Tint { Cold, Warm }
