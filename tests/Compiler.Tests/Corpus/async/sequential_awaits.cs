using System;
using System.Threading.Tasks;

public static class Program
{
    static async Task<int> FetchCount(string ns)
    {
        Console.WriteLine("fetch " + ns);
        await Task.Delay(5);
        Console.WriteLine("fetched " + ns);
        return ns.Length;
    }

    static async Task<string> Summarize()
    {
        var a = await FetchCount("default");
        var b = await FetchCount("kmesh-system");
        return $"total {a + b}";
    }

    public static async Task Main()
    {
        Console.WriteLine("main start");
        var summary = await Summarize();
        Console.WriteLine(summary);
        var value = await Task.FromResult(41) + 1;
        Console.WriteLine(value);
        await Task.CompletedTask;
        Console.WriteLine("main end");
    }
}
