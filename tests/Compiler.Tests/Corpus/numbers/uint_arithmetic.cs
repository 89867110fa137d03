using System;

public static class Program
{
    public static void Main()
    {
        uint a = 4000000000;
        uint b = 500000000;
        Console.WriteLine(a + b);
        Console.WriteLine(b - a);
        Console.WriteLine(a * 2);
        Console.WriteLine(a / 3);
        Console.WriteLine(a % 7);
        uint max = uint.MaxValue;
        Console.WriteLine(max);
        Console.WriteLine(max + 1);
        uint zero = 0;
        Console.WriteLine(zero - 1);
        Console.WriteLine(a > b);
        int minusFive = -5;
        Console.WriteLine((uint)minusFive);
        Console.WriteLine((int)a);
        Console.WriteLine(a >> 4);
        Console.WriteLine(max << 4);
        uint hash = 2166136261;
        foreach (var c in "node-1")
        {
            hash ^= c;
            hash *= 16777619;
        }
        Console.WriteLine(hash);
        Console.WriteLine(hash.ToString("X8"));
    }
}
