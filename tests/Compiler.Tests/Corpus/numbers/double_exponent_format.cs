using System;

public static class Program
{
    public static void Main()
    {
        double[] values =
        {
            1e21, 1e20, 1e16, 1e15, 1e14, 123456789012345680000.0, 1.5e300,
            0.00001, 0.0001, 0.001, 1e-7, 1.25e-10, 5e-324, double.MaxValue, double.MinValue,
        };
        foreach (var v in values)
            Console.WriteLine(v);
        Console.WriteLine("as text: " + 1e21);
        Console.WriteLine($"interpolated: {0.00001}");
        Console.WriteLine((1e21).ToString());
        Console.WriteLine(-2.5e-8);
    }
}
