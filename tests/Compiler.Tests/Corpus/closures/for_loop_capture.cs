using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var actions = new List<Func<int>>();
        for (int i = 0; i < 3; i++)
            actions.Add(() => i);
        foreach (var a in actions)
            Console.Write(a() + " ");
        Console.WriteLine();
        var copies = new List<Func<int>>();
        for (int i = 0; i < 3; i++)
        {
            int copy = i;
            copies.Add(() => copy * 10);
        }
        foreach (var a in copies)
            Console.Write(a() + " ");
        Console.WriteLine();
        var mutators = new List<Action>();
        int shared = 0;
        for (int j = 0; j < 4; j++)
            mutators.Add(() => shared += j);
        foreach (var m in mutators)
            m();
        Console.WriteLine(shared);
        var whileCaptures = new List<Func<int>>();
        int k = 0;
        while (k < 3)
        {
            whileCaptures.Add(() => k);
            k++;
        }
        Console.WriteLine(string.Join(",", whileCaptures.ConvertAll(f => f())));
    }
}
