using System;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        int[] values = { 1, 2, 3, 4, 5 };
        Console.WriteLine(values.Aggregate((a, b) => a * b));
        Console.WriteLine(values.Aggregate(100, (acc, v) => acc - v));
        Console.WriteLine(values.Aggregate("", (acc, v) => acc + v, s => "[" + s + "]"));
        Console.WriteLine(new[] { "a", "b", "c" }.Aggregate((x, y) => y + x));
        try
        {
            new int[0].Aggregate((a, b) => a + b);
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("Aggregate on empty: InvalidOperationException");
        }
        Console.WriteLine(new int[0].Aggregate(7, (a, b) => a + b));
        var longest = new[] { "pod", "service", "node", "daemonset" }.Aggregate((best, next) => next.Length > best.Length ? next : best);
        Console.WriteLine(longest);
    }
}
