using System;
using System.Linq;

public static class Program
{
    record Workload(string Namespace, string Name, int Replicas, double Cpu);

    public static void Main()
    {
        var workloads = new[]
        {
            new Workload("default", "web", 3, 0.5),
            new Workload("kmesh-system", "kmesh", 5, 1.25),
            new Workload("default", "api", 3, 2.0),
            new Workload("default", "db", 1, 2.0),
            new Workload("istio-system", "istiod", 1, 0.75),
            new Workload("kmesh-system", "waypoint", 2, 0.25),
        };
        foreach (var w in workloads.OrderBy(w => w.Namespace).ThenByDescending(w => w.Replicas).ThenBy(w => w.Name))
            Console.WriteLine($"{w.Namespace} {w.Name} {w.Replicas}");
        Console.WriteLine("--");
        foreach (var w in workloads.OrderByDescending(w => w.Cpu).ThenBy(w => w.Name))
            Console.WriteLine($"{w.Name} {w.Cpu}");
        Console.WriteLine("--");
        Console.WriteLine(string.Join(",", workloads.OrderBy(w => w.Name.Length).ThenByDescending(w => w.Name).Select(w => w.Name)));
        Console.WriteLine(string.Join(",", new[] { 3, -1, 2, -5 }.OrderBy(x => Math.Abs(x))));
        Console.WriteLine(string.Join(",", new[] { "b", "c", "a" }.OrderByDescending(s => s)));
        Console.WriteLine(string.Join(",", new[] { "Beta", "alpha", "Alpha" }.OrderBy(s => s, StringComparer.Ordinal)));
    }
}
