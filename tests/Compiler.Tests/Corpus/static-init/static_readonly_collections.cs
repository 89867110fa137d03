using System;
using System.Collections.Generic;

public static class Program
{
    static class Known
    {
        public static readonly string[] Modes = { "kernel-native", "dual-engine" };
        public static readonly Dictionary<string, int> Weights = new() { ["kernel-native"] = 1, ["dual-engine"] = 2 };
        public static readonly HashSet<string> SystemNamespaces = new() { "kube-system", "kmesh-system" };
        public static IReadOnlyList<string> All => Modes;
        public const string Label = "istio.io/dataplane-mode";
    }

    public static void Main()
    {
        Console.WriteLine(string.Join(",", Known.All));
        Console.WriteLine(Known.Weights["dual-engine"]);
        Console.WriteLine(Known.SystemNamespaces.Contains("kmesh-system") + " " + Known.SystemNamespaces.Contains("default"));
        Console.WriteLine(Known.Label.Length);
        Known.Weights["waypoint"] = 3;
        Console.WriteLine(Known.Weights.Count);
    }
}
