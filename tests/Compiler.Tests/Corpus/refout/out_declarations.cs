using System;
using System.Collections.Generic;

// C# spec, output parameters: the method must assign every out parameter before it returns normally; the caller's
// variable is written directly, so a write done before an exception stays visible. Out variable declarations
// ('out var x') are scoped to the enclosing statement's block; 'out _' discards.
public static class Program
{
    static bool TrySplit(string text, out string head, out string tail)
    {
        var at = text.IndexOf(':');
        if (at < 0)
        {
            head = text;
            tail = "";
            return false;
        }
        head = text.Substring(0, at);
        tail = text.Substring(at + 1);
        return true;
    }

    static void WriteThenFail(out int value)
    {
        value = 42;
        throw new InvalidOperationException("after the write");
    }

    static void MinMax(IEnumerable<int> values, out int min, out int max)
    {
        min = int.MaxValue;
        max = int.MinValue;
        foreach (var v in values)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }
    }

    static bool ParseAll(string[] parts, out int sum)
    {
        sum = 0;
        foreach (var p in parts)
        {
            if (!int.TryParse(p, out var n)) return false;
            sum += n;
        }
        return true;
    }

    static void Forward(out int value, ref int calls)
    {
        calls++;
        Inner(out value, ref calls);
    }

    static void Inner(out int value, ref int calls)
    {
        calls++;
        value = calls * 10;
    }

    public static void Main()
    {
        if (TrySplit("key:value:more", out var head, out var tail))
            Console.WriteLine($"[{head}] [{tail}]");
        Console.WriteLine(TrySplit("plain", out head, out _) + " " + head);

        var seen = -1;
        try
        {
            WriteThenFail(out seen);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message + " " + seen);
        }

        MinMax(new[] { 4, -2, 9 }, out var lo, out var hi);
        Console.WriteLine($"{lo}..{hi}");
        MinMax(new List<int>(), out lo, out hi);
        Console.WriteLine($"{lo}..{hi}");

        Console.WriteLine(ParseAll(new[] { "1", "2", "3" }, out var s1) + " " + s1);
        Console.WriteLine(ParseAll(new[] { "1", "x" }, out var s2) + " " + s2);

        var calls = 0;
        Forward(out var v, ref calls);
        Console.WriteLine($"{v} {calls}");

        var results = new List<string>();
        foreach (var text in new[] { "a:1", "b", "c:" })
            results.Add(TrySplit(text, out var h, out var t) ? h + "=" + t : "-" + h);
        Console.WriteLine(string.Join(" ", results));

        static bool Halve(int n, out int half)
        {
            half = n / 2;
            return n % 2 == 0;
        }
        Console.WriteLine(Halve(9, out var half) + " " + half);
        Console.WriteLine(Halve(-8, out half) + " " + half);
    }
}
