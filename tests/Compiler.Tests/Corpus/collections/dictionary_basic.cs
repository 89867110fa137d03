using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var podsPerNode = new Dictionary<string, int>();
        podsPerNode.Add("node-a", 3);
        podsPerNode["node-b"] = 7;
        podsPerNode["node-c"] = 1;
        podsPerNode["node-a"] = 4;
        Console.WriteLine(podsPerNode.Count);
        foreach (var pair in podsPerNode)
            Console.WriteLine(pair.Key + "=" + pair.Value);
        foreach (var (node, count) in podsPerNode)
            Console.WriteLine($"{node}:{count}");
        Console.WriteLine(string.Join(",", podsPerNode.Keys));
        Console.WriteLine(string.Join(",", podsPerNode.Values));
        Console.WriteLine(podsPerNode.ContainsKey("node-b"));
        Console.WriteLine(podsPerNode.ContainsKey("node-z"));
        Console.WriteLine(podsPerNode.ContainsValue(7));
        if (podsPerNode.TryGetValue("node-c", out var c))
            Console.WriteLine("found " + c);
        if (!podsPerNode.TryGetValue("node-z", out int z))
            Console.WriteLine("missing, out=" + z);
        Console.WriteLine(podsPerNode.GetValueOrDefault("node-z", -1));
        Console.WriteLine(podsPerNode.GetValueOrDefault("node-b"));
        var byId = new Dictionary<int, string> { { 2, "two" }, { 1, "one" } };
        Console.WriteLine(byId[1] + byId[2]);
        var indexed = new Dictionary<string, bool> { ["x"] = true, ["y"] = false };
        Console.WriteLine(indexed["x"] && !indexed["y"]);
        Console.WriteLine(podsPerNode.TryAdd("node-a", 100));
        Console.WriteLine(podsPerNode.TryAdd("node-d", 100));
        Console.WriteLine(podsPerNode["node-a"] + podsPerNode["node-d"]);
    }
}
