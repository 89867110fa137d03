using System;

public static class Program
{
    public static void Main()
    {
        int[] dividends = { 7, -7, 7, -7, 0, 1, -1, 13 };
        int[] divisors = { 2, 2, -2, -2, 5, 3, 3, -4 };
        for (int i = 0; i < dividends.Length; i++)
        {
            int a = dividends[i];
            int b = divisors[i];
            Console.WriteLine($"{a} / {b} = {a / b}, {a} % {b} = {a % b}");
        }
        Console.WriteLine(int.MaxValue / 2);
        Console.WriteLine(int.MinValue / 2);
        Console.WriteLine(-1 / 2 == 0);
        Console.WriteLine(7.0 / 2);
        Console.WriteLine(-7.5 % 2);
        Console.WriteLine(5 % 2.5);
        long la = -9000000000L;
        Console.WriteLine(la / 7);
        Console.WriteLine(la % 7);
    }
}
