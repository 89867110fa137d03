using System;
using System.Collections.Generic;

public static class Program
{
    record Range(int Start, int End)
    {
        public int Length => End - Start;
    }

    record Owner(string Kind, string Name);

    public static void Main()
    {
        var r = new Range(3, 10);
        var (start, end) = r;
        Console.WriteLine(start + ".." + end + " len " + r.Length);
        var (_, onlyEnd) = r;
        Console.WriteLine(onlyEnd);
        var owners = new List<Owner> { new("ReplicaSet", "web-5d8"), new("DaemonSet", "kmesh") };
        foreach (var (kind, name) in owners)
            Console.WriteLine(kind + "/" + name);
        r.Deconstruct(out var s2, out var e2);
        Console.WriteLine(s2 * e2);
    }
}
