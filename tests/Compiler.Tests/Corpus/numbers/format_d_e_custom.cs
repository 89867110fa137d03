using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(7.ToString("D3"));
        Console.WriteLine((-7).ToString("D3"));
        Console.WriteLine(12345.ToString("D3"));
        Console.WriteLine(42.ToString("D"));
        Console.WriteLine(12345.678.ToString("E2"));
        Console.WriteLine(0.000123.ToString("E2"));
        Console.WriteLine((-5.5).ToString("E1"));
        Console.WriteLine(1e21.ToString("e3"));
        Console.WriteLine(3.14159.ToString("0.00"));
        Console.WriteLine(2.0.ToString("0.00"));
        Console.WriteLine(0.5.ToString("0.0"));
        Console.WriteLine(1234.5.ToString("#,##0.0"));
        Console.WriteLine(5.ToString("000"));
        Console.WriteLine(3.14159.ToString("0.##"));
        Console.WriteLine(3.0.ToString("0.##"));
        Console.WriteLine($"{9.999:0.00}");
        Console.WriteLine($"{-0.001:0.00}");
        Console.WriteLine($"{7:D2}:{5:D2}:{9:D2}");
    }
}
