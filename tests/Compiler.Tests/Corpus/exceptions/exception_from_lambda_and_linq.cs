using System;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var values = new[] { "1", "2", "x", "4" };
        var parsed = values.Select(v => int.TryParse(v, out var n) ? n : throw new FormatException("bad value " + v));
        Console.WriteLine("query built");
        int sum = 0;
        try
        {
            foreach (var p in parsed)
            {
                sum += p;
                Console.WriteLine("added " + p);
            }
        }
        catch (FormatException e)
        {
            Console.WriteLine(e.Message + " after sum " + sum);
        }
        Action fail = () => throw new InvalidOperationException("from lambda");
        try
        {
            fail();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
