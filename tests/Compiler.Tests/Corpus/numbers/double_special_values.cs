using System;

public static class Program
{
    public static void Main()
    {
        double negZero = -0.0;
        Console.WriteLine(negZero);
        Console.WriteLine(0.0 * -1);
        Console.WriteLine(negZero == 0.0);
        Console.WriteLine(double.NaN);
        Console.WriteLine(double.NaN == double.NaN);
        Console.WriteLine(double.IsNaN(0.0 / 0.0));
        Console.WriteLine(double.PositiveInfinity);
        Console.WriteLine(double.NegativeInfinity);
        Console.WriteLine(double.IsInfinity(1 / 0.0));
        Console.WriteLine(0.1 + 0.2);
        Console.WriteLine(0.1 + 0.2 == 0.3);
        Console.WriteLine(1.0 - 0.9);
        Console.WriteLine(100.0);
        Console.WriteLine(2.5);
        Console.WriteLine(1.0 / 3);
        Console.WriteLine(2.0 / 3);
        Console.WriteLine(Math.PI);
        Console.WriteLine(Math.E);
        Console.WriteLine(-1.5);
        Console.WriteLine(double.Epsilon);
        Console.WriteLine(Math.Sqrt(-1));
    }
}
