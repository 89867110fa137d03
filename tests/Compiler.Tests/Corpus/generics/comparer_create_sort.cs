using System;
using System.Collections.Generic;
using System.Linq;

// Comparer<T>.Create wraps a Comparison<T>; List.Sort uses it.
public static class Program
{
    public static void Main()
    {
        var byLength = Comparer<string>.Create((a, b) => a.Length.CompareTo(b.Length));
        var words = new List<string> { "ccc", "a", "bb" };
        words.Sort(byLength);
        Console.WriteLine(string.Join(",", words));
        Console.WriteLine(Math.Sign(byLength.Compare("aa", "b")));
    }
}
