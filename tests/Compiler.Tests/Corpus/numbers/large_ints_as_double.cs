using System;

public static class Program
{
    public static void Main()
    {
        double big = 9007199254740992.0;
        Console.WriteLine(big);
        Console.WriteLine(big + 1);
        Console.WriteLine(123456789.0 * 1000);
        Console.WriteLine(int.MaxValue * 2.0);
        Console.WriteLine((double)long.MaxValue);
        Console.WriteLine(4294967296.0 * 4294967296.0);
        Console.WriteLine(999999999999999.0);
        Console.WriteLine(1e15 + 0.3);
        Console.WriteLine(12345678.9);
        Console.WriteLine((double)int.MinValue);
        double total = 0;
        for (int i = 0; i < 10; i++)
            total += 0.1;
        Console.WriteLine(total);
        Console.WriteLine(Math.Round(total, 2));
        Console.WriteLine((int)(total * 10));
    }
}
