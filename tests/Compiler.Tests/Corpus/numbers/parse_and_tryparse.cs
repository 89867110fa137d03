using System;

public static class Program
{
    static void TryInt(string text)
    {
        if (int.TryParse(text, out var value))
            Console.WriteLine($"int '{text}' -> {value}");
        else
            Console.WriteLine($"int '{text}' -> invalid");
    }

    static void TryDouble(string text)
    {
        if (double.TryParse(text, out double value))
            Console.WriteLine($"double '{text}' -> {value}");
        else
            Console.WriteLine($"double '{text}' -> invalid");
    }

    public static void Main()
    {
        TryInt("42");
        TryInt("-17");
        TryInt(" 8 ");
        TryInt("3.5");
        TryInt("abc");
        TryInt("");
        TryInt("2147483648");
        TryInt("+5");
        TryDouble("3.25");
        TryDouble("-0.5");
        TryDouble("1e3");
        TryDouble("x1");
        TryDouble("12");
        Console.WriteLine(int.Parse("123") + 1);
        Console.WriteLine(double.Parse("2.5") * 2);
        try
        {
            int.Parse("nope");
        }
        catch (FormatException)
        {
            Console.WriteLine("FormatException");
        }
        Console.WriteLine(42.ToString() + 1);
        Console.WriteLine(int.MaxValue.ToString().Length);
    }
}
