using System;
using System.Collections.Generic;
using System.Threading.Tasks;

public static class Program
{
    static async Task<T> Retry<T>(Func<int, Task<T>> attempt, int max)
    {
        for (int i = 1; ; i++)
        {
            try
            {
                return await attempt(i);
            }
            catch (InvalidOperationException e) when (i < max)
            {
                Console.WriteLine($"attempt {i} failed: {e.Message}");
                await Task.Delay(10 * i);
            }
        }
    }

    public static async Task Main()
    {
        Func<Task<int>> answer = async () =>
        {
            await Task.Delay(1);
            return 42;
        };
        Console.WriteLine(await answer());
        Func<string, Task> log = async s =>
        {
            await Task.Delay(1);
            Console.WriteLine("logged " + s);
        };
        await log("one");
        await log("two");
        var result = await Retry(async n =>
        {
            await Task.Delay(1);
            if (n < 3)
                throw new InvalidOperationException("not yet " + n);
            return "ok on " + n;
        }, 5);
        Console.WriteLine(result);
        async Task<int> LocalAsync(int x)
        {
            await Task.Delay(1);
            return x + 1;
        }
        Console.WriteLine(await LocalAsync(await LocalAsync(1)));
        var handlers = new List<Func<Task<string>>>();
        foreach (var name in new[] { "a", "b" })
            handlers.Add(async () => { await Task.Delay(1); return name + "!"; });
        foreach (var h in handlers)
            Console.Write(await h());
        Console.WriteLine();
    }
}
