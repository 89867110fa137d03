using System;
using System.Collections.Generic;

public static class Program
{
    static IEnumerable<int> Squares(int count)
    {
        for (int i = 1; i <= count; i++)
            yield return i * i;
    }

    static IEnumerable<string> Words()
    {
        yield return "kmesh";
        yield return "headlamp";
        yield return "plugin";
    }

    public static void Main()
    {
        Console.WriteLine(string.Join(",", Squares(5)));
        foreach (var w in Words())
            Console.WriteLine(w);
        var list = new List<int>(Squares(3));
        Console.WriteLine(list.Count + " " + list[2]);
        using var e = Words().GetEnumerator();
        while (e.MoveNext())
            Console.Write(e.Current.Length + " ");
        Console.WriteLine();
    }
}
