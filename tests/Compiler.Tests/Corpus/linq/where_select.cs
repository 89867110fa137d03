using System;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        int[] numbers = { 5, 12, 7, 20, 3, 18 };
        var big = numbers.Where(n => n > 6).Select(n => n * 10);
        Console.WriteLine(string.Join(",", big));
        Console.WriteLine(string.Join(",", numbers.Select((n, i) => $"{i}:{n}")));
        Console.WriteLine(string.Join(",", numbers.Where((n, i) => i % 2 == 0)));
        var names = new[] { "kmesh-a", "istio-b", "kmesh-c" };
        var kmesh = names.Where(n => n.StartsWith("kmesh")).Select(n => n.ToUpper()).ToList();
        Console.WriteLine(kmesh.Count + " " + string.Join(" ", kmesh));
        var lengths = names.Select(n => n.Length).ToArray();
        Console.WriteLine(lengths.Sum());
        Console.WriteLine(numbers.Count(n => n % 2 == 0));
        Console.WriteLine(numbers.Where(n => n > 100).Count());
    }
}
