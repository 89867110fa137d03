using System;

public static class Program
{
    public static void Main()
    {
        long bytes = 3L * 1024 * 1024 * 1024;
        Console.WriteLine(bytes);
        long ms = 1700000000123L;
        Console.WriteLine(ms / 1000);
        Console.WriteLine(ms % 1000);
        long sum = 0;
        for (int i = 1; i <= 100000; i++)
            sum += i;
        Console.WriteLine(sum);
        long neg = -4294967296L;
        Console.WriteLine(neg / 3);
        Console.WriteLine(neg % 3);
        Console.WriteLine(Math.Max(bytes, ms));
        int small = 7;
        long widened = small;
        Console.WriteLine(widened * 1000000000);
        Console.WriteLine((int)(bytes / 1024 / 1024));
        Console.WriteLine(long.Parse("9007199254740991"));
        Console.WriteLine($"{bytes:N0}");
    }
}
