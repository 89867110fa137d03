using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var ports = new List<int> { 80, 443, 8080, 15001, 15006, 9090 };
        Console.WriteLine(ports.Find(p => p > 1000));
        Console.WriteLine(ports.Find(p => p > 99999));
        Console.WriteLine(ports.FindIndex(p => p == 8080));
        Console.WriteLine(ports.FindLast(p => p < 10000));
        Console.WriteLine(string.Join(",", ports.FindAll(p => p >= 15000)));
        Console.WriteLine(ports.Exists(p => p == 443));
        Console.WriteLine(ports.TrueForAll(p => p > 0));
        Console.WriteLine(ports.RemoveAll(p => p % 2 == 1));
        Console.WriteLine(string.Join(",", ports));
        var strings = ports.ConvertAll(p => ":" + p);
        Console.WriteLine(string.Join("", strings));
        ports.ForEach(p => Console.Write(p / 10 + " "));
        Console.WriteLine();
        var names = new List<string> { "a", "bb", "ccc" };
        Console.WriteLine(names.Find(n => n.Length == 5) ?? "none");
        Console.WriteLine(string.Join(",", names.GetRange(1, 2)));
        names.Reverse(0, 2);
        Console.WriteLine(string.Join(",", names));
        Console.WriteLine(string.Join(",", names.ToArray()));
    }
}
