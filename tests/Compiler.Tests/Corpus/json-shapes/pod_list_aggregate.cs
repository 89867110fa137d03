using System;
using System.Linq;
using CSharpToJs.Interop;
using k8s.Models;

public static class Program
{
    const string Json = """
        {
          "apiVersion": "v1",
          "kind": "PodList",
          "metadata": { "resourceVersion": "90001" },
          "items": [
            { "metadata": { "name": "kmesh-aaaaa", "namespace": "kmesh-system", "labels": { "app": "kmesh" } }, "spec": { "nodeName": "node-1", "containers": [ { "name": "kmesh" } ] }, "status": { "phase": "Running", "containerStatuses": [ { "name": "kmesh", "ready": true, "restartCount": 0, "image": "kmesh", "imageID": "", "started": true } ] } },
            { "metadata": { "name": "kmesh-bbbbb", "namespace": "kmesh-system", "labels": { "app": "kmesh" } }, "spec": { "nodeName": "node-2", "containers": [ { "name": "kmesh" } ] }, "status": { "phase": "Running", "containerStatuses": [ { "name": "kmesh", "ready": false, "restartCount": 4, "image": "kmesh", "imageID": "" } ] } },
            { "metadata": { "name": "productpage-v1-1", "namespace": "bookinfo", "labels": { "app": "productpage", "version": "v1" } }, "spec": { "nodeName": "node-1", "containers": [ { "name": "productpage" } ] }, "status": { "phase": "Running" } },
            { "metadata": { "name": "reviews-v3-9", "namespace": "bookinfo", "labels": { "app": "reviews", "version": "v3" } }, "spec": { "nodeName": "node-2", "containers": [ { "name": "reviews" }, { "name": "istio-proxy" } ] }, "status": { "phase": "Pending" } },
            { "metadata": { "name": "job-xyz", "namespace": "batch" }, "spec": { "containers": [ { "name": "job" } ] }, "status": { "phase": "Succeeded" } }
          ]
        }
        """;

    public static void Main()
    {
        var pods = JsonShapes.Parse<V1PodList>(Json).Items;
        Console.WriteLine(pods.Count + " pods");
        foreach (var g in pods.GroupBy(p => p.Spec?.NodeName ?? "<unscheduled>").OrderBy(g => g.Key))
            Console.WriteLine($"{g.Key}: {string.Join(", ", g.Select(p => p.Metadata?.Name))}");
        foreach (var g in pods.GroupBy(p => p.Status?.Phase ?? "Unknown").OrderByDescending(g => g.Count()).ThenBy(g => g.Key))
            Console.WriteLine($"{g.Key} {g.Count()}");
        var kmesh = pods.Where(p => p.Metadata?.Labels != null && p.Metadata.Labels.TryGetValue("app", out var app) && app == "kmesh").ToList();
        Console.WriteLine($"kmesh pods {kmesh.Count}, ready {kmesh.Count(p => p.Status?.ContainerStatuses?.All(c => c.Ready) == true)}");
        Console.WriteLine("restarts " + pods.Sum(p => p.Status?.ContainerStatuses?.Sum(c => c.RestartCount) ?? 0));
        Console.WriteLine("sidecars " + pods.Count(p => p.Spec?.Containers?.Any(c => c.Name == "istio-proxy") == true));
        var versions = pods.Select(p => p.Metadata?.Labels?.TryGetValue("version", out var v) == true ? v : null).Where(v => v != null).Distinct().OrderBy(v => v);
        Console.WriteLine("versions " + string.Join(",", versions));
        var namespaces = pods.Select(p => p.Metadata!.NamespaceProperty).Distinct().OrderBy(n => n, StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", namespaces));
    }
}
