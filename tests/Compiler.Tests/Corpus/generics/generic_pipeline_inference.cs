using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static Func<T, V> Pipe<T, U, V>(Func<T, U> first, Func<U, V> second) => x => second(first(x));

    static IEnumerable<TResult> ZipWith<TA, TB, TResult>(IReadOnlyList<TA> a, IReadOnlyList<TB> b, Func<TA, TB, TResult> f)
    {
        for (int i = 0; i < Math.Min(a.Count, b.Count); i++)
            yield return f(a[i], b[i]);
    }

    static TAcc Fold<T, TAcc>(IEnumerable<T> items, TAcc seed, Func<TAcc, T, TAcc> step)
    {
        var acc = seed;
        foreach (var i in items)
            acc = step(acc, i);
        return acc;
    }

    static Dictionary<TKey, int> CountBy<T, TKey>(IEnumerable<T> items, Func<T, TKey> key) where TKey : notnull
    {
        var counts = new Dictionary<TKey, int>();
        foreach (var i in items)
        {
            var k = key(i);
            counts[k] = counts.TryGetValue(k, out var n) ? n + 1 : 1;
        }
        return counts;
    }

    public static void Main()
    {
        var lengthThenDouble = Pipe((string s) => s.Length, n => n * 2.5);
        Console.WriteLine(lengthThenDouble("kmesh"));
        Console.WriteLine(string.Join(",", ZipWith(new[] { "a", "b", "c" }, new[] { 1, 2 }, (s, n) => s + n)));
        Console.WriteLine(Fold(new[] { 1, 2, 3 }, "", (acc, n) => acc + n * n));
        Console.WriteLine(Fold(new List<string> { "x", "yy" }, 0, (acc, s) => acc + s.Length));
        foreach (var kv in CountBy(new[] { "pod", "svc", "pod", "node", "pod" }, s => s))
            Console.WriteLine(kv.Key + "=" + kv.Value);
        foreach (var kv in CountBy(new[] { 1, 22, 333, 4, 55 }, n => n.ToString().Length).OrderBy(kv => kv.Key))
            Console.WriteLine(kv.Key + ":" + kv.Value);
    }
}
