using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine((int)2.7);
        Console.WriteLine((int)-2.7);
        Console.WriteLine((int)0.9999);
        Console.WriteLine((long)-1e10);
        Console.WriteLine((double)7 / 2);
        Console.WriteLine(7 / 2);
        Console.WriteLine((char)65);
        Console.WriteLine((int)'z');
        Console.WriteLine((char)('a' + 2));
        Console.WriteLine(Convert.ToInt32(2.5));
        Console.WriteLine(Convert.ToInt32(3.5));
        Console.WriteLine(Convert.ToInt32("-44"));
        Console.WriteLine(Convert.ToDouble("1.5"));
        Console.WriteLine(Convert.ToBoolean("true"));
        int i = 300;
        byte b = (byte)i;
        Console.WriteLine(b);
        short s = (short)(i * 200);
        Console.WriteLine(s);
        double percent = 45.6;
        int rounded = (int)Math.Round(percent);
        Console.WriteLine(rounded);
        Console.WriteLine(5 + 2.0);
        Console.WriteLine(1 + 2 + "3" + 4 + 5);
        Console.WriteLine(true.ToString() + false);
    }
}
