using System;
using System.Linq;
using CSharpToJs.Interop;
using k8s.Models;

public static class Program
{
    const string Json = """
        {
          "apiVersion": "v1",
          "kind": "ConfigMap",
          "metadata": { "name": "kmesh-config", "namespace": "kmesh-system", "labels": { "app": "kmesh" } },
          "data": {
            "mode": "dual-engine",
            "logLevel": "info",
            "enableBypass": "false",
            "bpfLogLevel": "debug",
            "mesh.yaml": "defaultConfig:\n  discoveryAddress: istiod.istio-system.svc:15012\n  proxyMetadata:\n    KMESH: \"true\"\n"
          }
        }
        """;

    public static void Main()
    {
        var cm = JsonShapes.Parse<V1ConfigMap>(Json);
        var data = cm.Data!;
        Console.WriteLine($"{cm.Metadata?.Name}: {data.Count} keys");
        foreach (var kv in data)
            Console.WriteLine($"  {kv.Key} ({kv.Value.Length} chars){(kv.Value.Contains('\n') ? " multi-line" : " = " + kv.Value)}");
        Console.WriteLine(data.TryGetValue("mode", out var mode) ? "mode " + mode : "no mode");
        Console.WriteLine(bool.Parse(data["enableBypass"]) ? "bypass on" : "bypass off");
        var yamlLines = data["mesh.yaml"].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine(yamlLines.Length + " yaml lines, first: " + yamlLines[0].TrimEnd(':'));
        var address = yamlLines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("discoveryAddress:"))?.Split(": ")[1];
        Console.WriteLine("discovery " + address);
        Console.WriteLine(cm.BinaryData == null);
        Console.WriteLine(string.Join(",", data.Keys.Where(k => k.EndsWith("LogLevel", StringComparison.OrdinalIgnoreCase)).OrderBy(k => k, StringComparer.Ordinal)));
    }
}
