using System;

public static class Program
{
    public static void Main()
    {
        int? a = 10;
        int? b = null;
        int? sum = a + b;
        Console.WriteLine(sum.HasValue);
        Console.WriteLine(a + 5);
        Console.WriteLine((a * 2).Value);
        Console.WriteLine($"[{b * 2}]");
        Console.WriteLine(-a);
        Console.WriteLine(a > b);
        Console.WriteLine(a < b);
        Console.WriteLine(b > 0 || b <= 0);
        Console.WriteLine(a >= 10);
        int? max = int.MaxValue;
        Console.WriteLine(max + 1);
        double? ratio = a / 4.0;
        Console.WriteLine(ratio);
        int? div = a / 3;
        Console.WriteLine(div);
        a++;
        Console.WriteLine(a);
        b++;
        Console.WriteLine(b.HasValue);
        bool? t = true;
        bool? n = null;
        Console.WriteLine(t & n);
        Console.WriteLine(t | n);
        Console.WriteLine((n & false) == false);
    }
}
