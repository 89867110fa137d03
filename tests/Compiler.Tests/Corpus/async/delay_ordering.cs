using System;
using System.Collections.Generic;
using System.Threading.Tasks;

public static class Program
{
    static async Task<string> Work(string name, int delayMs)
    {
        Console.WriteLine("start " + name);
        await Task.Delay(delayMs);
        Console.WriteLine("done " + name);
        return name.ToUpper();
    }

    public static async Task Main()
    {
        var slow = Work("slow", 240);
        var fast = Work("fast", 20);
        var medium = Work("medium", 130);
        Console.WriteLine("all started");
        var results = await Task.WhenAll(slow, fast, medium);
        Console.WriteLine(string.Join(",", results));
    }
}
