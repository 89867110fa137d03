using System;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var items = Enumerable.Range(1, 10).ToList();
        int pageSize = 3;
        for (int page = 0; page * pageSize < items.Count; page++)
            Console.WriteLine($"page {page}: {string.Join(",", items.Skip(page * pageSize).Take(pageSize))}");
        Console.WriteLine(string.Join(",", items.Take(0)));
        Console.WriteLine(string.Join(",", items.Skip(20)));
        Console.WriteLine(string.Join(",", items.Take(-1)));
        Console.WriteLine(string.Join(",", new[] { 1, 2 }.Concat(new[] { 3 }).Concat(new int[0])));
        Console.WriteLine(string.Join(",", items.AsEnumerable().Reverse().Take(3)));
    }
}
