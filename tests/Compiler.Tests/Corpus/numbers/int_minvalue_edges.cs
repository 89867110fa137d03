using System;

public static class Program
{
    public static void Main()
    {
        int min = int.MinValue;
        Console.WriteLine(min);
        Console.WriteLine(-min == min);
        Console.WriteLine(min / 2);
        Console.WriteLine(min + min);
        Console.WriteLine(min * -1);
        Console.WriteLine(min - int.MaxValue);
        try
        {
            Console.WriteLine(Math.Abs(min));
        }
        catch (OverflowException)
        {
            Console.WriteLine("Abs overflow");
        }
        Console.WriteLine(int.MaxValue.CompareTo(min) > 0);
        Console.WriteLine(Math.Max(min, -1));
        Console.WriteLine(short.MinValue);
        Console.WriteLine(byte.MaxValue);
        Console.WriteLine(long.MaxValue > int.MaxValue);
    }
}
