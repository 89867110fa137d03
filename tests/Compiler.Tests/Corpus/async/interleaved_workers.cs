using System;
using System.Threading.Tasks;

public static class Program
{
    static async Task Worker(string name, int periodMs, int ticks)
    {
        for (int i = 1; i <= ticks; i++)
        {
            await Task.Delay(periodMs);
            Console.WriteLine($"{name} tick {i}");
        }
        Console.WriteLine(name + " finished");
    }

    public static async Task Main()
    {
        var a = Worker("A", 100, 3);
        var b = Worker("B", 170, 2);
        Console.WriteLine("workers started");
        await Task.WhenAll(a, b);
        Console.WriteLine("all finished");
    }
}
