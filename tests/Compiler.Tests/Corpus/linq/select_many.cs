using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    sealed class Pod
    {
        public Pod(string name, params string[] containers) { Name = name; Containers = containers.ToList(); }
        public string Name { get; }
        public List<string> Containers { get; }
    }

    public static void Main()
    {
        var pods = new List<Pod>
        {
            new("web", "nginx", "kmesh-proxy"),
            new("db", "postgres"),
            new("empty"),
            new("api", "server", "sidecar", "init"),
        };
        var all = pods.SelectMany(p => p.Containers);
        Console.WriteLine(string.Join(",", all));
        var pairs = pods.SelectMany(p => p.Containers, (p, c) => p.Name + "/" + c);
        Console.WriteLine(string.Join(" ", pairs));
        var grid = new[] { 1, 2 }.SelectMany(x => new[] { "a", "b" }.Select(y => y + x));
        Console.WriteLine(string.Join(" ", grid));
        Console.WriteLine(pods.SelectMany(p => p.Containers).Count());
        var nested = new List<List<int>> { new() { 1, 2 }, new(), new() { 3 } };
        Console.WriteLine(nested.SelectMany(x => x).Sum());
    }
}
