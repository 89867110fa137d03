using System;

public static class Program
{
    record Metric(string Name, double Value, long Timestamp, char Unit, bool Ok, int? Code);

    public static void Main()
    {
        var a = new Metric("cpu", 0.1 + 0.2, 1700000000000L, 'c', true, null);
        var b = new Metric("cpu", 0.30000000000000004, 1700000000000L, 'c', true, null);
        var c = a with { Code = 0 };
        var nan1 = a with { Value = double.NaN };
        var nan2 = a with { Value = double.NaN };
        Console.WriteLine(a == b);
        Console.WriteLine(a == c);
        Console.WriteLine(nan1 == nan2);
        Console.WriteLine(nan1.Value == nan2.Value);
        Console.WriteLine(a);
        Console.WriteLine(c);
    }
}
