using System;
using System.Collections.Generic;
using System.Linq;

// IComparer<T>.Compare on a user comparer dispatches to its Compare method.
public static class Program
{
    public static void Main()
    {
        IComparer<int> cmp = new Descending();
        Console.WriteLine(cmp.Compare(1, 2));
        var list = new List<int> { 2, 9, 4 };
        list.Sort(cmp);
        Console.WriteLine(string.Join(",", list));
    }
}

class Descending : IComparer<int>
{
    public int Compare(int x, int y) => y.CompareTo(x);
}
