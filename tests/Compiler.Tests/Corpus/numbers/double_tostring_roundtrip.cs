using System;

public static class Program
{
    public static void Main()
    {
        double[] values = { 123.456, 0.1, 1.1, 3.0, 1234567.0, 0.3333333333333333, 1.7976931348623157E+308, 4.35, 100.5, 1e-5 * 3, 299792.458, -0.0001 };
        foreach (var v in values)
            Console.WriteLine($"{v} {v.ToString()} {double.Parse(v.ToString()) == v}");
    }
}
