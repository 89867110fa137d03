using System;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var events = new[]
        {
            ("warning", "disk pressure"), ("normal", "pulled"), ("warning", "oom"),
            ("normal", "created"), ("normal", "started"), ("warning", "backoff"),
        };
        foreach (var e in events.OrderBy(e => e.Item1))
            Console.WriteLine(e.Item1 + " " + e.Item2);
        Console.WriteLine("--");
        foreach (var e in events.OrderByDescending(e => e.Item1.Length))
            Console.WriteLine(e.Item2);
        Console.WriteLine("--");
        var words = new[] { "bb", "a", "cc", "d", "ee", "f" };
        Console.WriteLine(string.Join(" ", words.OrderBy(w => w.Length)));
        Console.WriteLine(string.Join(" ", words.OrderByDescending(w => w.Length)));
    }
}
