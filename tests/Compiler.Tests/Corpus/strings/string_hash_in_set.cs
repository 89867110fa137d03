using System;
using System.Collections.Generic;
using System.Linq;

// String hash codes differ per process, but equal strings always hash equal: sets and dictionaries find them.
public static class Program
{
    public static void Main()
    {
        var set = new HashSet<string> { "alpha", "beta" };
        Console.WriteLine(set.Contains("al" + "pha"));
        Console.WriteLine("x".GetHashCode() == ("" + "x").GetHashCode());
    }
}
