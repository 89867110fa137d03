using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var phases = new List<string> { "Running", "Running", "Pending" };
        Console.WriteLine(phases.Any());
        Console.WriteLine(new List<string>().Any());
        Console.WriteLine(phases.Any(p => p == "Failed"));
        Console.WriteLine(phases.All(p => p.Length > 3));
        Console.WriteLine(new int[0].All(x => x > 100));
        Console.WriteLine(phases.Contains("Pending"));
        Console.WriteLine(phases.Count);
        Console.WriteLine(phases.Count(p => p == "Running"));
        IEnumerable<int> seq = Enumerable.Range(1, 5);
        Console.WriteLine(seq.Contains(3));
        Console.WriteLine(string.Join(",", Enumerable.Range(3, 4)));
        Console.WriteLine(phases.Where(p => p.StartsWith("R")).Any());
    }
}
