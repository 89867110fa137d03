using System;
using System.Collections.Generic;

public static class Program
{
    sealed class Service
    {
        public string Name { get; set; } = "";
        public List<int> Ports { get; } = new();
        public Dictionary<string, string> Labels { get; } = new();
    }

    public static void Main()
    {
        var list = new List<int> { 1, 2, 3 };
        List<string> expr = ["x", "y"];
        int[] arr = [4, 5];
        List<int> spread = [.. list, .. arr, 6];
        Console.WriteLine(string.Join(",", spread));
        Console.WriteLine(string.Join(",", expr));
        var svc = new Service
        {
            Name = "reviews",
            Ports = { 9080, 9443 },
            Labels = { ["app"] = "reviews", ["version"] = "v2" },
        };
        Console.WriteLine(svc.Name + " " + string.Join("/", svc.Ports) + " " + svc.Labels["version"]);
        var nested = new Dictionary<string, List<string>>
        {
            ["frontend"] = new() { "web", "gateway" },
            ["backend"] = new List<string> { "api" },
        };
        foreach (var kv in nested)
            Console.WriteLine(kv.Key + "=" + string.Join("+", kv.Value));
        var set = new HashSet<char> { 'a', 'b', 'a' };
        Console.WriteLine(set.Count);
        List<int> emptyList = [];
        Console.WriteLine(emptyList.Count);
    }
}
