using System;
using System.Linq;
using CSharpToJs.Interop;
using k8s.Models;

public static class Program
{
    const string MinimalJson = """
        { "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "bare" }, "spec": { "containers": [ { "name": "main" } ] } }
        """;

    const string EmptyJson = """
        { "kind": "Pod" }
        """;

    static string Describe(V1Pod pod)
    {
        var name = pod.Metadata?.Name ?? "<unnamed>";
        var ns = pod.Metadata?.NamespaceProperty ?? "default";
        var labelCount = pod.Metadata?.Labels?.Count ?? 0;
        var app = pod.Metadata?.Labels?.TryGetValue("app", out var a) == true ? a : "<no app>";
        var phase = pod.Status?.Phase ?? "Unknown";
        var containers = pod.Spec?.Containers?.Count ?? 0;
        var firstImage = pod.Spec?.Containers?.FirstOrDefault()?.Image ?? "<no image>";
        var args = pod.Spec?.Containers?.FirstOrDefault()?.Args?.Count ?? 0;
        var restarts = pod.Status?.ContainerStatuses?.Sum(s => s.RestartCount) ?? 0;
        var node = pod.Spec?.NodeName;
        return $"{ns}/{name} labels={labelCount} app={app} phase={phase} containers={containers} image={firstImage} args={args} restarts={restarts} node=[{node}] created={(pod.Metadata?.CreationTimestamp.HasValue == true ? "yes" : "no")}";
    }

    public static void Main()
    {
        Console.WriteLine(Describe(JsonShapes.Parse<V1Pod>(MinimalJson)));
        Console.WriteLine(Describe(JsonShapes.Parse<V1Pod>(EmptyJson)));
        var pod = JsonShapes.Parse<V1Pod>(MinimalJson);
        Console.WriteLine(pod.Metadata?.Labels == null);
        Console.WriteLine(pod.Status == null);
        Console.WriteLine(pod.Spec?.Containers[0].Ports == null);
    }
}
