using System;
using System.Linq;

public static class Program
{
    record Port(string Protocol, int Number);

    public static void Main()
    {
        var nums = new[] { 3, 1, 3, 2, 1, 5 };
        Console.WriteLine(string.Join(",", nums.Distinct()));
        Console.WriteLine(string.Join(",", new[] { "a", "A", "b", "a" }.Distinct()));
        Console.WriteLine(string.Join(",", new[] { "a", "A", "b", "a" }.Distinct(StringComparer.OrdinalIgnoreCase)));
        var ports = new[] { new Port("TCP", 80), new Port("UDP", 53), new Port("TCP", 80), new Port("TCP", 443) };
        Console.WriteLine(ports.Distinct().Count());
        var set = nums.ToHashSet();
        Console.WriteLine(set.Count + " " + set.Contains(5));
    }
}
