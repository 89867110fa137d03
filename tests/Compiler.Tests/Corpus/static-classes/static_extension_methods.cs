using System;
using System.Collections.Generic;
using System.Linq;

// Extension methods live in static classes: called as extensions, as static methods, chained, generic, with
// default and params arguments, on null receivers, and as method groups (unbound and bound to a receiver).
public static class TextExtensions
{
    static int _calls;
    public static int Calls => _calls;
    public static string Shout(this string s) { _calls++; return s.ToUpperInvariant() + "!"; }
    public static string Wrap(this string s, string left = "[", string right = "]") => left + s + right;
    public static string JoinAll(this string sep, params string[] parts) => string.Join(sep, parts);
    public static bool IsNullOrShort(this string? s) => s is null || s.Length < 3;
    public static int Twice(this int x) => x * 2;
}

public static class SequenceExtensions
{
    public static IEnumerable<T> EveryOther<T>(this IEnumerable<T> source)
    {
        var i = 0;
        foreach (var x in source)
            if (i++ % 2 == 0) yield return x;
    }

    public static T FirstOr<T>(this IReadOnlyList<T> list, T fallback) => list.Count > 0 ? list[0] : fallback;

    public static Dictionary<TKey, int> CountBy<T, TKey>(this IEnumerable<T> source, Func<T, TKey> key) where TKey : notnull
    {
        var result = new Dictionary<TKey, int>();
        foreach (var x in source)
        {
            var k = key(x);
            result[k] = result.TryGetValue(k, out var n) ? n + 1 : 1;
        }
        return result;
    }
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine("hi".Shout());
        Console.WriteLine(TextExtensions.Shout("static"));
        Console.WriteLine("x".Wrap() + "y".Wrap("(", ")") + "z".Wrap(right: ">"));
        Console.WriteLine(", ".JoinAll("a", "b", "c") + "|" + "-".JoinAll());
        string? nothing = null;
        Console.WriteLine(nothing.IsNullOrShort() + " " + "long".IsNullOrShort());
        Console.WriteLine(21.Twice().Twice());
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3, 4, 5 }.EveryOther()));
        Console.WriteLine(new List<string>().FirstOr("none") + " " + new List<string> { "one" }.FirstOr("none"));
        foreach (var (k, v) in new[] { "apple", "avocado", "banana" }.CountBy(s => s[0]))
            Console.WriteLine(k + "=" + v);

        Func<string, string> unbound = TextExtensions.Shout;
        Console.WriteLine(string.Join(" ", new[] { "a", "b" }.Select(TextExtensions.Shout)) + " " + unbound("c"));
        Func<string> bound = "bound".Shout;
        Console.WriteLine(bound() + bound());
        Func<int, int> twice = TextExtensions.Twice;
        Console.WriteLine(twice(4));
        Console.WriteLine("calls " + TextExtensions.Calls);
    }
}
