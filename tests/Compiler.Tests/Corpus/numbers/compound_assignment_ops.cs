using System;

public static class Program
{
    public static void Main()
    {
        int x = 10;
        x += 5; Console.WriteLine(x);
        x -= 20; Console.WriteLine(x);
        x *= -3; Console.WriteLine(x);
        x /= 4; Console.WriteLine(x);
        x %= 5; Console.WriteLine(x);
        x <<= 3; Console.WriteLine(x);
        x >>= 1; Console.WriteLine(x);
        x |= 0x30; Console.WriteLine(x);
        x &= 0x1C; Console.WriteLine(x);
        x ^= 0xFF; Console.WriteLine(x);
        Console.WriteLine(~x);
        int y = 5;
        Console.WriteLine(y++ + ++y);
        Console.WriteLine(y-- - --y);
        Console.WriteLine(y);
        int[] arr = { 1, 2, 3 };
        int k = 0;
        arr[k++] += 10;
        Console.WriteLine(string.Join(",", arr) + " k=" + k);
        double d = 1.5;
        d *= 3;
        d -= 0.5;
        Console.WriteLine(d);
        int big = int.MaxValue;
        big += 1;
        Console.WriteLine(big);
        int m = 1000000;
        m *= m;
        Console.WriteLine(m);
        string s = "a";
        s += 1;
        s += 'c';
        s += 2.5;
        Console.WriteLine(s);
    }
}
