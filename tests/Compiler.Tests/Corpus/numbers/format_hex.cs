using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(255.ToString("X"));
        Console.WriteLine(255.ToString("x"));
        Console.WriteLine(255.ToString("X8"));
        Console.WriteLine(255.ToString("x4"));
        Console.WriteLine((-1).ToString("X"));
        Console.WriteLine((-255).ToString("X8"));
        Console.WriteLine(int.MinValue.ToString("X"));
        Console.WriteLine(0.ToString("X2"));
        Console.WriteLine(3735928559u.ToString("X"));
        Console.WriteLine(((byte)171).ToString("X2"));
        int ip = (10 << 24) | (244 << 16) | (1 << 8) | 17;
        Console.WriteLine($"0x{ip:X8}");
        Console.WriteLine($"{(ip >> 24) & 0xFF}.{(ip >> 16) & 0xFF}.{(ip >> 8) & 0xFF}.{ip & 0xFF}");
        Console.WriteLine(Convert.ToString(10, 2));
        Console.WriteLine(Convert.ToInt32("ff", 16));
        Console.WriteLine(int.Parse("7FFFFFFF", System.Globalization.NumberStyles.HexNumber));
    }
}
