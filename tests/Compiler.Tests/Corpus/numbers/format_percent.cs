using System;

public static class Program
{
    public static void Main()
    {
        double[] ratios = { 0.256, 0.5, 1, 0.005, 0.015, 0.125, -0.42, 1.5, 0 };
        foreach (var r in ratios)
            Console.WriteLine($"{r.ToString("P0")} | {r.ToString("P1")} | {r:P2}");
        int ready = 3;
        int total = 7;
        Console.WriteLine($"ready {(double)ready / total:P0}");
        Console.WriteLine(string.Format("{0:P1}", 2.0 / 3));
    }
}
