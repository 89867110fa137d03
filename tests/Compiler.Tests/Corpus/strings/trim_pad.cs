using System;

public static class Program
{
    public static void Main()
    {
        string raw = "   waypoint \t\n";
        Console.WriteLine($"[{raw.Trim()}]");
        Console.WriteLine($"[{raw.TrimStart()}]".Replace("\t", "\\t").Replace("\n", "\\n"));
        Console.WriteLine($"[{raw.TrimEnd()}]");
        Console.WriteLine($"[{"--name--".Trim('-')}]");
        Console.WriteLine($"[{"xxhixx".TrimStart('x')}]");
        Console.WriteLine($"[{"/path//".TrimEnd('/')}]");
        Console.WriteLine($"[{"42".PadLeft(6)}]");
        Console.WriteLine($"[{"42".PadLeft(6, '0')}]");
        Console.WriteLine($"[{"name".PadRight(8)}]");
        Console.WriteLine($"[{"name".PadRight(8, '.')}]");
        Console.WriteLine($"[{"toolong".PadLeft(3)}]");
        string[] names = { "kmesh-daemon", "ztunnel", "waypoint-a" };
        int[] counts = { 3, 12, 0 };
        for (int i = 0; i < names.Length; i++)
            Console.WriteLine(names[i].PadRight(14) + counts[i].ToString().PadLeft(4));
    }
}
