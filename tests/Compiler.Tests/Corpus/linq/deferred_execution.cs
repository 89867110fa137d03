using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var log = new List<string>();
        var source = new List<int> { 1, 2, 3, 4 };
        var query = source.Where(x => { log.Add("where " + x); return x % 2 == 0; })
                          .Select(x => { log.Add("select " + x); return x * 10; });
        Console.WriteLine("built, log size " + log.Count);
        source.Add(6);
        foreach (var v in query)
            log.Add("got " + v);
        Console.WriteLine(string.Join("; ", log));
        log.Clear();
        var first = query.First();
        Console.WriteLine(first + " after " + string.Join("; ", log));
        log.Clear();
        var materialized = query.ToList();
        source.Add(8);
        Console.WriteLine(materialized.Count + " vs " + query.Count());
        log.Clear();
        var taken = source.Select(x => { log.Add("s" + x); return x; }).Take(2).ToList();
        Console.WriteLine(string.Join(",", log));
        log.Clear();
        var ordered = source.OrderBy(x => { log.Add("k" + x); return -x; });
        Console.WriteLine("ordered built " + log.Count);
        Console.WriteLine(ordered.First() + " keys " + log.Count);
        var any = source.Select(x => { log.Add("a" + x); return x; }).Any(x => x > 1);
        Console.WriteLine(any + " " + log.Last());
    }
}
