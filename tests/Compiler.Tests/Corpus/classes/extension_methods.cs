using System;
using System.Collections.Generic;

public static class StringExtensions
{
    public static string Truncate(this string s, int max) => s.Length <= max ? s : s.Substring(0, max - 1) + "…";
    public static bool IsBlank(this string? s) => string.IsNullOrWhiteSpace(s);
    public static string OrDash(this string? s) => s.IsBlank() ? "-" : s!;
}

public static class CollectionExtensions
{
    public static int SumOfSquares(this IEnumerable<int> values)
    {
        int total = 0;
        foreach (var v in values)
            total += v * v;
        return total;
    }

    public static TValue GetOr<TKey, TValue>(this Dictionary<TKey, TValue> map, TKey key, TValue fallback) where TKey : notnull =>
        map.TryGetValue(key, out var v) ? v : fallback;
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine("kmesh-system-daemon".Truncate(10));
        Console.WriteLine("short".Truncate(10));
        string? missing = null;
        Console.WriteLine(missing.IsBlank());
        Console.WriteLine(missing.OrDash() + " " + "x".OrDash());
        Console.WriteLine(new[] { 1, 2, 3 }.SumOfSquares());
        Console.WriteLine(new List<int> { 4 }.SumOfSquares());
        var map = new Dictionary<string, int> { ["a"] = 1 };
        Console.WriteLine(map.GetOr("a", 0) + map.GetOr("b", 10));
        Console.WriteLine(StringExtensions.Truncate("abcdef", 3));
    }
}
