using System;

public static class Program
{
    enum Level { Debug = 10, Info = 20, Warn = 30, Error = 40 }

    public static void Main()
    {
        Console.WriteLine(Enum.Parse<Level>("Warn"));
        Console.WriteLine(Enum.TryParse<Level>("Error", out var e) + " " + e);
        Console.WriteLine(Enum.TryParse<Level>("Verbose", out var v) + " " + v);
        Console.WriteLine(Enum.TryParse<Level>("info", true, out var i) + " " + i);
        Console.WriteLine(string.Join(",", Enum.GetValues<Level>()));
        Console.WriteLine(string.Join(",", Enum.GetNames<Level>()));
        Console.WriteLine(Enum.IsDefined(Level.Info));
        Console.WriteLine(Enum.IsDefined((Level)15));
    }
}
