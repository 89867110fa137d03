using System;

public static class Program
{
    public static void Main()
    {
        int count = 1234567;
        Console.WriteLine(count.ToString("N0"));
        Console.WriteLine((-9876543).ToString("N0"));
        Console.WriteLine(0.ToString("N0"));
        Console.WriteLine(999.ToString("N0"));
        Console.WriteLine(1234.5678.ToString("N2"));
        Console.WriteLine((-1234.5).ToString("N2"));
        Console.WriteLine(2.5.ToString("N0"));
        Console.WriteLine(3.5.ToString("N0"));
        Console.WriteLine(3.14159.ToString("F1"));
        Console.WriteLine(3.14159.ToString("F2"));
        Console.WriteLine(2.25.ToString("F1"));
        Console.WriteLine((-2.25).ToString("F1"));
        Console.WriteLine(1.005.ToString("F2"));
        Console.WriteLine(7.ToString("F2"));
        Console.WriteLine(0.0.ToString("F3"));
        Console.WriteLine((-0.04).ToString("F1"));
        Console.WriteLine(1e21.ToString("F0"));
        Console.WriteLine(1234567.891.ToString("F"));
        Console.WriteLine(42.ToString("N"));
        double cpu = 0.4567;
        Console.WriteLine($"cpu {cpu:F2} cores, total {count:N0} requests");
    }
}
