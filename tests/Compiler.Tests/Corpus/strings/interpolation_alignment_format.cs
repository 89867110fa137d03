using System;

public static class Program
{
    public static void Main()
    {
        string[] names = { "kmesh-daemon", "ztunnel", "wp" };
        double[] cpu = { 0.25, 1.5, 12.125 };
        int[] restarts = { 0, 12, 345 };
        Console.WriteLine($"|{"NAME",-14}|{"CPU",8}|{"RESTARTS",9}|");
        for (int i = 0; i < names.Length; i++)
            Console.WriteLine($"|{names[i],-14}|{cpu[i],8:F2}|{restarts[i],9:N0}|");
        Console.WriteLine($"[{42,5}] [{42,-5}] [{-42,5:D4}]");
        Console.WriteLine($"{3.14159:F3} {0.5:P0} {255:X4}");
        Console.WriteLine($"{{literal}} {1 + 2}");
        bool ok = true;
        Console.WriteLine($"ok={ok} not={!ok}");
        Console.WriteLine($"{(ok ? "yes" : "no")}");
        int n = 5;
        Console.WriteLine($"{n} item{(n == 1 ? "" : "s")}");
        Console.WriteLine($@"path\{names[1]}");
        Console.WriteLine($"""raw "{names[2]}" {n}""");
        string nested = $"outer {$"inner {n * 2}"}";
        Console.WriteLine(nested);
    }
}
