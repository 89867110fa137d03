using System;
using System.Collections.Generic;
using System.Linq;

// Boxing conversions keep each element's type: a List<object> prints chars, enums, longs and doubles as themselves.
public static class Program
{
    public static void Main()
    {
        var items = new List<object> { 'x', Tone.Low, 5L, 2.5, 7, true, "s" };
        foreach (var item in items)
            Console.WriteLine(item);
    }
}

enum Tone { Low, High }
