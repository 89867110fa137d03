using System;
using System.Collections.Generic;

public static class Program
{
    static (int Min, int Max, double Mean) Stats(IReadOnlyList<int> values)
    {
        int min = int.MaxValue, max = int.MinValue, sum = 0;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            sum += v;
        }
        return (min, max, (double)sum / values.Count);
    }

    public static void Main()
    {
        var s = Stats(new[] { 4, 8, 15, 16, 23, 42 });
        Console.WriteLine(s.Min + " " + s.Max + " " + s.Mean);
        Console.WriteLine(s.Item1 + s.Item2);
        Console.WriteLine(s);
        var named = (Name: "kmesh", Ready: true);
        Console.WriteLine(named.Name + " " + named.Ready);
        var inferred = (named.Name, s.Max);
        Console.WriteLine(inferred.Name + inferred.Max);
        (string, int) unnamed = ("x", 1);
        Console.WriteLine(unnamed.Item1 + unnamed.Item2);
        var nested = (1, (2, 3));
        Console.WriteLine(nested.Item2.Item1);
        Console.WriteLine(nested);
        var t1 = (1, "a", 2.5, true);
        Console.WriteLine(t1);
    }
}
