using System;
using System.Collections.Generic;

public static class Program
{
    static T FirstOr<T>(IEnumerable<T> items, T fallback)
    {
        foreach (var i in items)
            return i;
        return fallback;
    }

    static List<TOut> Map<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> f)
    {
        var result = new List<TOut>();
        foreach (var i in items)
            result.Add(f(i));
        return result;
    }

    static void Swap<T>(List<T> list, int a, int b) => (list[a], list[b]) = (list[b], list[a]);

    static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;

    static int CountWhere<T>(IEnumerable<T> items, Predicate<T> p)
    {
        int n = 0;
        foreach (var i in items)
            if (p(i))
                n++;
        return n;
    }

    public static void Main()
    {
        Console.WriteLine(FirstOr(new[] { 3, 4 }, -1));
        Console.WriteLine(FirstOr(new int[0], -1));
        Console.WriteLine(FirstOr(new List<string>(), "none"));
        Console.WriteLine(string.Join(",", Map(new[] { 1, 2, 3 }, x => "#" + x)));
        Console.WriteLine(string.Join(",", Map<string, int>(new[] { "a", "bbb" }, s => s.Length)));
        var list = new List<string> { "x", "y", "z" };
        Swap(list, 0, 2);
        Console.WriteLine(string.Join("", list));
        Console.WriteLine(Max(3, 9) + " " + Max("pear", "apple") + " " + Max(2.5, -1.0));
        Console.WriteLine(CountWhere(new[] { "a", "", "b" }, s => s.Length > 0));
    }
}
