using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Math.Abs(-5));
        Console.WriteLine(Math.Abs(-2.5));
        Console.WriteLine(Math.Max(3, 9));
        Console.WriteLine(Math.Min(-1.5, 2));
        Console.WriteLine(Math.Floor(-2.5));
        Console.WriteLine(Math.Ceiling(2.1));
        Console.WriteLine(Math.Round(2.5));
        Console.WriteLine(Math.Round(3.5));
        Console.WriteLine(Math.Round(-2.5));
        Console.WriteLine(Math.Round(0.125, 2));
        Console.WriteLine(Math.Round(2.5, MidpointRounding.AwayFromZero));
        Console.WriteLine(Math.Round(1.23456, 3));
        Console.WriteLine(Math.Truncate(-7.9));
        Console.WriteLine(Math.Pow(2, 10));
        Console.WriteLine(Math.Pow(2, 0.5));
        Console.WriteLine(Math.Sqrt(144));
        Console.WriteLine(Math.Clamp(15, 0, 10));
        Console.WriteLine(Math.Clamp(-3, 0, 10));
        Console.WriteLine(Math.Sign(-12));
        Console.WriteLine(Math.Sign(0.0));
        Console.WriteLine(Math.Log10(1000));
        Console.WriteLine(Math.Log(Math.E));
        Console.WriteLine(Math.Log2(8));
        Console.WriteLine(Math.Exp(0));
        Console.WriteLine(Math.Sin(0));
        Console.WriteLine(Math.Cos(0));
        Console.WriteLine(Math.Round(Math.Atan2(1, 1) * 4, 6));
    }
}
