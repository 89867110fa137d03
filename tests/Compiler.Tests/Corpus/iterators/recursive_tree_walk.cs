using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    sealed class Dir
    {
        public Dir(string name, params Dir[] children) { Name = name; Children = children; }
        public string Name { get; }
        public Dir[] Children { get; }
    }

    static IEnumerable<string> Walk(Dir d, string prefix)
    {
        var path = prefix + "/" + d.Name;
        yield return path;
        foreach (var child in d.Children)
            foreach (var p in Walk(child, path))
                yield return p;
    }

    static IEnumerable<(string Name, int Depth)> Depths(Dir d, int depth = 0)
    {
        yield return (d.Name, depth);
        foreach (var c in d.Children.SelectMany(c => Depths(c, depth + 1)))
            yield return c;
    }

    public static void Main()
    {
        var root = new Dir("sys", new Dir("fs", new Dir("bpf", new Dir("kmesh"))), new Dir("kernel"));
        foreach (var p in Walk(root, ""))
            Console.WriteLine(p);
        Console.WriteLine(Depths(root).Max(x => x.Depth));
        Console.WriteLine(string.Join(" ", Depths(root).Where(x => x.Depth == 1).Select(x => x.Name)));
    }
}
