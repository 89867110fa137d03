using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var endpoints = new Dictionary<string, string>
        {
            ["10.0.0.5"] = "web-1",
            ["10.0.0.7"] = "web-2",
            ["10.0.0.9"] = "db-0",
            ["10.0.0.3"] = "cache-0",
        };
        Console.WriteLine(endpoints.Remove("10.0.0.7"));
        Console.WriteLine(endpoints.Remove("10.0.0.8"));
        endpoints["10.0.0.1"] = "web-3";
        Console.WriteLine(endpoints.Remove("10.0.0.9", out var removed) + " " + removed);
        Console.WriteLine(endpoints.Count);
        foreach (var key in endpoints.Keys.OrderBy(k => k, StringComparer.Ordinal))
            Console.WriteLine(key + " -> " + endpoints[key]);
        var sortedValues = endpoints.Values.ToList();
        sortedValues.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(",", sortedValues));
        endpoints.Clear();
        Console.WriteLine(endpoints.Count);
    }
}
