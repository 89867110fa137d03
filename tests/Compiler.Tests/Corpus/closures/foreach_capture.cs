using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var printers = new List<Func<string>>();
        foreach (var name in new[] { "a", "b", "c" })
            printers.Add(() => name.ToUpper());
        foreach (var p in printers)
            Console.Write(p());
        Console.WriteLine();
        var byIndex = new Dictionary<int, Func<int>>();
        foreach (var n in new List<int> { 5, 6, 7 })
            byIndex[n] = () => n * n;
        Console.WriteLine(byIndex[6]());
        var handlers = new List<Action>();
        var log = new List<string>();
        foreach (var (key, value) in new Dictionary<string, int> { ["x"] = 1, ["y"] = 2 })
            handlers.Add(() => log.Add(key + value));
        handlers.ForEach(h => h());
        Console.WriteLine(string.Join(" ", log));
    }
}
