using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var cells = new List<Func<string>>();
        for (int row = 0; row < 2; row++)
        {
            foreach (var col in new[] { "a", "b" })
            {
                int r = row;
                cells.Add(() => col + r + "/" + row);
            }
        }
        Console.WriteLine(string.Join(" ", cells.ConvertAll(c => c())));
        var found = new List<Func<int>>();
        for (int i = 0; i < 5; i++)
        {
            if (i == 3)
                break;
            found.Add(() => i * 100);
        }
        Console.WriteLine(string.Join(",", found.ConvertAll(f => f())));
        var perIteration = new List<Action>();
        var output = new List<string>();
        for (int i = 0, j = 10; i < 3; i++, j--)
        {
            var snapshot = (i, j);
            perIteration.Add(() => output.Add($"{snapshot.i}:{snapshot.j}:{i}:{j}"));
        }
        perIteration.ForEach(a => a());
        Console.WriteLine(string.Join(" ", output));
    }
}
