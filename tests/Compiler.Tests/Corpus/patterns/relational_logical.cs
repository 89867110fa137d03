using System;

public static class Program
{
    static string Grade(int score) => score switch
    {
        < 0 or > 100 => "invalid",
        >= 90 => "A",
        >= 80 and < 90 => "B",
        >= 50 => "C",
        _ => "F",
    };

    static string Temperature(double t) => t switch
    {
        double.NaN => "unknown",
        <= 0.0 => "freezing",
        > 0.0 and <= 20.5 => "cool",
        _ => "warm",
    };

    static bool IsLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    public static void Main()
    {
        foreach (var s in new[] { -1, 0, 49, 50, 79, 80, 89, 90, 100, 101 })
            Console.Write(Grade(s) + " ");
        Console.WriteLine();
        foreach (var t in new[] { double.NaN, -3, 0, 20.5, 20.6 })
            Console.Write(Temperature(t) + " ");
        Console.WriteLine();
        Console.WriteLine(IsLetter('q') + " " + IsLetter('Q') + " " + IsLetter('5'));
        int x = 7;
        Console.WriteLine(x is > 5 and < 10);
        Console.WriteLine(x is not (1 or 2 or 3));
        string? text = null;
        Console.WriteLine(text is null or "");
        Console.WriteLine(text is not null);
    }
}
