using System;
using System.Collections.Generic;
using System.Threading.Tasks;

public static class Program
{
    static async Task<List<string>> Paginate(int pages)
    {
        var items = new List<string>();
        string? token = null;
        int page = 0;
        do
        {
            var (batch, next) = await FetchPage(page, pages);
            items.AddRange(batch);
            token = next;
            page++;
        } while (token != null);
        return items;
    }

    static async Task<(List<string> Items, string? Next)> FetchPage(int page, int pages)
    {
        await Task.Delay(2);
        var batch = new List<string> { $"pod-{page}a", $"pod-{page}b" };
        return (batch, page + 1 < pages ? "t" + (page + 1) : null);
    }

    public static async Task Main()
    {
        var all = await Paginate(3);
        Console.WriteLine(all.Count + ": " + string.Join(",", all));
        int total = 0;
        foreach (var n in new[] { 1, 2, 3 })
        {
            await Task.Delay(1);
            total += n;
            if (total > 2)
            {
                Console.WriteLine("break at " + n);
                break;
            }
        }
        int countdown = 3;
        while (countdown > 0)
        {
            await Task.Yield();
            countdown--;
        }
        Console.WriteLine("total " + total + " countdown " + countdown);
    }
}
