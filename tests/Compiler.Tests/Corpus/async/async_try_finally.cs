using System;
using System.Threading.Tasks;

public static class Program
{
    static async Task<string> Guarded(bool fail)
    {
        Console.WriteLine("acquire");
        try
        {
            await Task.Delay(5);
            if (fail)
                throw new InvalidOperationException("work failed");
            return "result";
        }
        finally
        {
            await Task.Delay(1);
            Console.WriteLine("release");
        }
    }

    public static async Task Main()
    {
        Console.WriteLine(await Guarded(false));
        try
        {
            await Guarded(true);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        finally
        {
            Console.WriteLine("main finally");
        }
    }
}
