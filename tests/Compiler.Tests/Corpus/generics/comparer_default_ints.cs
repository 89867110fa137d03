using System;
using System.Collections.Generic;
using System.Linq;

// Comparer<int>.Default orders by value.
public static class Program
{
    public static void Main()
    {
        var cmp = Comparer<int>.Default;
        Console.WriteLine(Math.Sign(cmp.Compare(3, 10)));
        Console.WriteLine(cmp.Compare(4, 4));
    }
}
