using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(1 << 31);
        Console.WriteLine(1 << 32);
        Console.WriteLine(1 << 33);
        Console.WriteLine(-8 >> 1);
        Console.WriteLine(-8 >>> 1);
        Console.WriteLine(-1 >>> 28);
        Console.WriteLine(0x0F0F & 0x00FF);
        Console.WriteLine(0x0F0F | 0x00FF);
        Console.WriteLine(0x0F0F ^ 0x00FF);
        Console.WriteLine(~0);
        uint u = 0x80000000;
        Console.WriteLine(u >> 31);
        Console.WriteLine(u);
        int flags = 0;
        flags |= 1 << 2;
        flags |= 1 << 5;
        Console.WriteLine(flags);
        Console.WriteLine((flags & (1 << 5)) != 0);
        Console.WriteLine((flags & (1 << 3)) != 0);
        int bits = 0;
        for (int v = 0b1011_0110; v != 0; v &= v - 1)
            bits++;
        Console.WriteLine(bits);
        long l = 1L << 40;
        Console.WriteLine(l);
        Console.WriteLine(true & false);
        Console.WriteLine(true ^ true);
        Console.WriteLine(false | true);
    }
}
