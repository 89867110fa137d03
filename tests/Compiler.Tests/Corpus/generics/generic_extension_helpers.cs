using System;
using System.Collections.Generic;

public static class Seq
{
    public static IEnumerable<(T Item, int Index)> WithIndex<T>(this IEnumerable<T> items)
    {
        int i = 0;
        foreach (var item in items)
            yield return (item, i++);
    }

    public static Dictionary<TKey, List<T>> Bucket<T, TKey>(this IEnumerable<T> items, Func<T, TKey> key) where TKey : notnull
    {
        var result = new Dictionary<TKey, List<T>>();
        foreach (var item in items)
        {
            var k = key(item);
            if (!result.TryGetValue(k, out var list))
                result[k] = list = new List<T>();
            list.Add(item);
        }
        return result;
    }

    public static T? FirstOrNull<T>(this IEnumerable<T> items, Func<T, bool> p) where T : class
    {
        foreach (var i in items)
            if (p(i))
                return i;
        return null;
    }
}

public static class Program
{
    public static void Main()
    {
        foreach (var (item, index) in new[] { "a", "b", "c" }.WithIndex())
            Console.Write($"{index}={item} ");
        Console.WriteLine();
        var buckets = new[] { 1, 2, 3, 4, 5, 6, 7 }.Bucket(n => n % 3);
        foreach (var kv in buckets)
            Console.WriteLine(kv.Key + ": " + string.Join(",", kv.Value));
        Console.WriteLine(new[] { "x", "yy" }.FirstOrNull(s => s.Length == 2) ?? "none");
        Console.WriteLine(new[] { "x", "yy" }.FirstOrNull(s => s.Length == 3) ?? "none");
    }
}
