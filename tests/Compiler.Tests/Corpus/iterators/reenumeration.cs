using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static int generated;

    static IEnumerable<int> Counted()
    {
        for (int i = 0; i < 3; i++)
        {
            generated++;
            yield return i;
        }
    }

    public static void Main()
    {
        var seq = Counted();
        Console.WriteLine(seq.Count());
        Console.WriteLine(seq.Sum());
        Console.WriteLine(generated);
        var cached = seq.ToList();
        Console.WriteLine(cached.Count + cached.Sum());
        Console.WriteLine(generated);
        var e1 = seq.GetEnumerator();
        var e2 = seq.GetEnumerator();
        e1.MoveNext();
        e1.MoveNext();
        e2.MoveNext();
        Console.WriteLine(e1.Current + " " + e2.Current);
    }
}
