using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static IEnumerable<int> Produce()
    {
        Console.WriteLine("producer start");
        for (int i = 1; i <= 3; i++)
        {
            Console.WriteLine("yield " + i);
            yield return i;
            Console.WriteLine("resumed after " + i);
        }
        Console.WriteLine("producer end");
    }

    public static void Main()
    {
        var seq = Produce();
        Console.WriteLine("created");
        foreach (var x in seq)
            Console.WriteLine("consume " + x);
        Console.WriteLine("---");
        var doubled = Produce().Select(x =>
        {
            Console.WriteLine("map " + x);
            return x * 2;
        }).Where(x => x > 2);
        Console.WriteLine("first = " + doubled.First());
    }
}
