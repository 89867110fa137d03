using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var pods = new[]
        {
            ("web-1", "node-a"), ("web-2", "node-b"), ("db-0", "node-a"),
            ("cache-0", "node-c"), ("web-3", "node-a"), ("api-0", "node-b"),
        };
        var byNode = new Dictionary<string, List<string>>();
        foreach (var (pod, node) in pods)
        {
            if (!byNode.ContainsKey(node))
                byNode[node] = new List<string>();
            byNode[node].Add(pod);
        }
        foreach (var node in byNode.Keys)
            Console.WriteLine($"{node} ({byNode[node].Count}): {string.Join(", ", byNode[node])}");
        var busiest = "";
        var max = -1;
        foreach (var kv in byNode)
        {
            if (kv.Value.Count > max)
            {
                max = kv.Value.Count;
                busiest = kv.Key;
            }
        }
        Console.WriteLine("busiest " + busiest);
    }
}
