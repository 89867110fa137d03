using System;

public static class Program
{
    record Container(string Name, string Image, int Port)
    {
        public bool Privileged { get; init; }
    }

    public static void Main()
    {
        var original = new Container("kmesh", "kmesh:1.0", 15006);
        var upgraded = original with { Image = "kmesh:1.1" };
        var privileged = upgraded with { Privileged = true, Port = 15008 };
        var clone = original with { };
        Console.WriteLine(original);
        Console.WriteLine(upgraded);
        Console.WriteLine(privileged);
        Console.WriteLine(clone == original);
        Console.WriteLine(ReferenceEquals(clone, original));
        Console.WriteLine(upgraded == original);
        Console.WriteLine(privileged.Privileged + " " + original.Privileged);
    }
}
