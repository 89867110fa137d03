using System;
using System.Collections.Generic;

public static class Program
{
    static (string ns, string name) Split(string id)
    {
        var slash = id.IndexOf('/');
        return slash < 0 ? ("default", id) : (id.Substring(0, slash), id.Substring(slash + 1));
    }

    public static void Main()
    {
        var (ns, name) = Split("kmesh-system/kmesh-x1");
        Console.WriteLine(ns + " | " + name);
        (ns, name) = Split("web");
        Console.WriteLine(ns + " | " + name);
        int a = 1, b = 2;
        (a, b) = (b, a);
        Console.WriteLine(a + " " + b);
        var arr = new[] { 5, 6, 7 };
        (arr[0], arr[2]) = (arr[2], arr[0]);
        Console.WriteLine(string.Join(",", arr));
        int x, y;
        (x, y) = (10, 20);
        Console.WriteLine(x * y);
        var (q, r) = (17 / 5, 17 % 5);
        Console.WriteLine(q + "r" + r);
        int fibA = 0, fibB = 1;
        for (int i = 0; i < 10; i++)
            (fibA, fibB) = (fibB, fibA + fibB);
        Console.WriteLine(fibA);
        var pairs = new List<(string Key, int Value)> { ("a", 1), ("b", 2) };
        foreach (var (k, v) in pairs)
            Console.Write(k + v);
        Console.WriteLine();
        var dict = new Dictionary<string, (int Pods, bool Ready)> { ["n1"] = (3, true) };
        var (pods, ready) = dict["n1"];
        Console.WriteLine(pods + " " + ready);
    }
}
