using System;

public static class Program
{
    public static void Main()
    {
        int max = int.MaxValue;
        int min = int.MinValue;
        Console.WriteLine(max + 1);
        Console.WriteLine(min - 1);
        Console.WriteLine(max * 2);
        Console.WriteLine(-min);
        int big = 123456789;
        Console.WriteLine(big * 1000);
        Console.WriteLine(big * big);
        int counter = max;
        counter++;
        Console.WriteLine(counter);
        counter += int.MaxValue;
        Console.WriteLine(counter);
        int hash = 17;
        foreach (var c in "kmesh-waypoint")
            hash = hash * 31 + c;
        Console.WriteLine(hash);
        Console.WriteLine(unchecked((int)0x80000000u));
        int wide = 40000;
        Console.WriteLine((short)wide);
        Console.WriteLine((byte)(wide + 44));
        Console.WriteLine((sbyte)(wide - 39800));
        int minusOne = -1;
        Console.WriteLine((ushort)minusOne);
    }
}
