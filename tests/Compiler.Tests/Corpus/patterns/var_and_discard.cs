using System;

public static class Program
{
    static string Describe(object o) => o switch
    {
        string text and { Length: > 3 } => "long " + text,
        var other => "value " + other,
    };

    static int Score((string name, int points) entry) => entry switch
    {
        (_, var p) when p < 0 => 0,
        ("bonus", var p) => p * 2,
        var (_, p) => p,
    };

    public static void Main()
    {
        Console.WriteLine(Describe(500));
        Console.WriteLine(Describe(5));
        Console.WriteLine(Describe("s"));
        Console.WriteLine(Describe("kmesh-system"));
        Console.WriteLine(Score(("bonus", 10)) + Score(("x", 7)) + Score(("y", -3)));
        _ = Describe(1);
        var (first, _) = ("kept", "dropped");
        Console.WriteLine(first);
        if (int.TryParse("12", out _))
            Console.WriteLine("parsable");
        if (Describe(7) is var d && d.Length > 3)
            Console.WriteLine(d);
    }
}
