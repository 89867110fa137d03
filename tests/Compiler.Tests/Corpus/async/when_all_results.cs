using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

public static class Program
{
    static async Task<int> Square(int x)
    {
        await Task.Delay(x % 2 == 0 ? 10 : 1);
        return x * x;
    }

    public static async Task Main()
    {
        var tasks = new List<Task<int>>();
        for (int i = 1; i <= 5; i++)
            tasks.Add(Square(i));
        int[] results = await Task.WhenAll(tasks);
        Console.WriteLine(string.Join(",", results));
        var viaLinq = await Task.WhenAll(new[] { 3, 4 }.Select(Square));
        Console.WriteLine(viaLinq.Sum());
        await Task.WhenAll(Task.Delay(5), Task.Delay(1));
        Console.WriteLine("void tasks done");
        var empty = await Task.WhenAll(new Task<int>[0]);
        Console.WriteLine(empty.Length);
    }
}
