using System;
using System.Collections.Generic;

public static class Program
{
    sealed class Quantity
    {
        public Quantity(double value, string unit) { Value = value; Unit = unit; }
        public double Value { get; }
        public string Unit { get; }
        public override string ToString() => Value + Unit;
    }

    public static void Main()
    {
        var q = new Quantity(1.5, "Gi");
        Console.WriteLine(q);
        Console.WriteLine(q.ToString());
        Console.WriteLine("size=" + q);
        Console.WriteLine($"size={q}");
        Console.WriteLine(string.Join(",", new List<Quantity> { q, new(500, "Mi") }));
        Console.WriteLine(string.Format("{0}!", q));
        object boxed = 42;
        Console.WriteLine(boxed.ToString());
        object b = true;
        Console.WriteLine(b);
        Console.WriteLine(3.5.ToString() + 'c'.ToString());
    }
}
