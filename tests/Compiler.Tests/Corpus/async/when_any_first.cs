using System;
using System.Threading.Tasks;

public static class Program
{
    static async Task<string> Probe(string endpoint, int latencyMs)
    {
        await Task.Delay(latencyMs);
        return endpoint;
    }

    public static async Task Main()
    {
        var tasks = new[] { Probe("10.0.0.1", 150), Probe("10.0.0.2", 20), Probe("10.0.0.3", 90) };
        var first = await Task.WhenAny(tasks);
        Console.WriteLine("fastest " + await first);
        Console.WriteLine(Array.IndexOf(tasks, first));
        var all = await Task.WhenAll(tasks);
        Console.WriteLine(string.Join(" ", all));
        var timeout = Task.Delay(50);
        var slow = Probe("slow", 300);
        var winner = await Task.WhenAny(slow, timeout);
        Console.WriteLine(winner == timeout ? "timed out" : "answered");
        await slow;
        Console.WriteLine("slow done");
    }
}
