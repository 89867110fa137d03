using System;
using System.Threading.Tasks;

public static class Program
{
    static async Task<int> Fail(string message, int delayMs)
    {
        await Task.Delay(delayMs);
        throw new InvalidOperationException(message);
    }

    static async Task<int> ThrowsBeforeAwait()
    {
        throw new ArgumentException("sync part");
#pragma warning disable CS0162
        await Task.Delay(1);
        return 1;
#pragma warning restore CS0162
    }

    public static async Task Main()
    {
        try
        {
            await Fail("awaited failure", 5);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }
        var pending = ThrowsBeforeAwait();
        Console.WriteLine("task created");
        try
        {
            await pending;
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("caught later: " + e.Message);
        }
        try
        {
            await Task.WhenAll(Fail("first in order", 120), Fail("first in time", 10));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("WhenAll rethrows: " + e.Message);
        }
        try
        {
            await Task.FromException(new TimeoutException("from FromException"));
        }
        catch (TimeoutException e)
        {
            Console.WriteLine(e.Message);
        }
        Console.WriteLine("end");
    }
}
