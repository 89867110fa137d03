using System;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var names = new[] { "cpu", "memory", "pods" };
        var values = new[] { 4, 16, 110, 999 };
        foreach (var (name, value) in names.Zip(values))
            Console.WriteLine(name + "=" + value);
        Console.WriteLine(string.Join(",", names.Zip(values, (n, v) => n[0] + v.ToString())));
        var a = new[] { 1, 2, 3 };
        var b = new[] { 10, 20, 30 };
        Console.WriteLine(string.Join(" ", a.Zip(b, (x, y) => x * y)));
        var diffs = a.Skip(1).Zip(a, (cur, prev) => cur - prev);
        Console.WriteLine(string.Join(" ", diffs));
        Console.WriteLine(names.Zip(new int[0]).Count());
    }
}
