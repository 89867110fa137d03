using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static IEnumerable<int> Guarded(string name)
    {
        Console.WriteLine(name + ": open");
        try
        {
            for (int i = 0; i < 5; i++)
                yield return i;
        }
        finally
        {
            Console.WriteLine(name + ": closed");
        }
    }

    public static void Main()
    {
        foreach (var x in Guarded("loop"))
        {
            Console.WriteLine("got " + x);
            if (x == 1)
                break;
        }
        Console.WriteLine("first = " + Guarded("first").First());
        Console.WriteLine("take = " + string.Join(",", Guarded("take").Take(2)));
        Console.WriteLine("all = " + Guarded("all").Sum());
        try
        {
            foreach (var x in Guarded("throw"))
                if (x == 2)
                    throw new InvalidOperationException("stop at 2");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
