using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var thresholds = new[] { 10, 20 };
        var data = new[] { 5, 15, 25 };
        foreach (var t in thresholds)
        {
            var above = data.Where(d => d > t).Select(d => d - t);
            Console.WriteLine(t + ": " + string.Join(",", above));
        }
        var queries = new List<IEnumerable<int>>();
        for (int i = 0; i < 2; i++)
            queries.Add(data.Where(d => d > i * 10));
        Console.WriteLine(string.Join(" | ", queries.Select(q => string.Join(",", q))));
        int factor = 2;
        var scaled = data.Select(d => d * factor);
        factor = 3;
        Console.WriteLine(string.Join(",", scaled));
        Func<int, Func<int>> makeAdder = x =>
        {
            int local = x * 10;
            return () => local + x;
        };
        Console.WriteLine(makeAdder(1)() + makeAdder(2)());
    }
}
