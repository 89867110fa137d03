using System;
using System.Collections.Generic;

public static class Program
{
    static IEnumerable<int> UntilNegative(IEnumerable<int> source)
    {
        foreach (var x in source)
        {
            if (x < 0)
                yield break;
            yield return x;
        }
        Console.WriteLine("source exhausted");
    }

    static IEnumerable<string> MaybeEmpty(bool empty)
    {
        if (empty)
            yield break;
        yield return "present";
    }

    public static void Main()
    {
        Console.WriteLine(string.Join(",", UntilNegative(new[] { 3, 1, -1, 5 })));
        Console.WriteLine(string.Join(",", UntilNegative(new[] { 3, 1 })));
        Console.WriteLine("[" + string.Join(",", MaybeEmpty(true)) + "]");
        Console.WriteLine("[" + string.Join(",", MaybeEmpty(false)) + "]");
    }
}
