using System;
using System.Linq;
using CSharpToJs.Interop;
using k8s.Models;

public static class Program
{
    const string Json = """
        {
          "apiVersion": "v1",
          "kind": "EventList",
          "metadata": { "resourceVersion": "77001" },
          "items": [
            { "metadata": { "name": "kmesh-7xk2p.1", "namespace": "kmesh-system" }, "involvedObject": { "kind": "Pod", "name": "kmesh-7xk2p", "namespace": "kmesh-system" }, "reason": "Pulled", "message": "Container image \"ghcr.io/kmesh-net/kmesh:v1.1.0\" already present on machine", "type": "Normal", "count": 1, "firstTimestamp": "2025-12-03T09:14:05Z", "lastTimestamp": "2025-12-03T09:14:05Z", "source": { "component": "kubelet", "host": "kmesh-worker" } },
            { "metadata": { "name": "kmesh-7xk2p.2", "namespace": "kmesh-system" }, "involvedObject": { "kind": "Pod", "name": "kmesh-7xk2p", "namespace": "kmesh-system" }, "reason": "BackOff", "message": "Back-off restarting failed container kmesh in pod kmesh-7xk2p", "type": "Warning", "count": 14, "firstTimestamp": "2025-12-03T09:20:00Z", "lastTimestamp": "2025-12-03T10:01:30Z", "source": { "component": "kubelet", "host": "kmesh-worker" } },
            { "metadata": { "name": "kmesh.3", "namespace": "kmesh-system" }, "involvedObject": { "kind": "DaemonSet", "name": "kmesh", "namespace": "kmesh-system" }, "reason": "SuccessfulCreate", "message": "Created pod: kmesh-7xk2p", "type": "Normal", "count": 1, "firstTimestamp": "2025-12-03T09:14:02Z", "lastTimestamp": "2025-12-03T09:14:02Z", "source": { "component": "daemonset-controller" } },
            { "metadata": { "name": "kmesh-7xk2p.4", "namespace": "kmesh-system" }, "involvedObject": { "kind": "Pod", "name": "kmesh-7xk2p", "namespace": "kmesh-system" }, "reason": "Unhealthy", "message": "Readiness probe failed: HTTP probe failed with statuscode: 503", "type": "Warning", "count": 3, "firstTimestamp": "2025-12-03T09:25:10Z", "lastTimestamp": "2025-12-03T09:58:41Z", "source": { "component": "kubelet", "host": "kmesh-worker" } }
          ]
        }
        """;

    public static void Main()
    {
        var events = JsonShapes.Parse<Corev1EventList>(Json).Items;
        foreach (var e in events.OrderByDescending(e => e.LastTimestamp).ThenBy(e => e.Metadata?.Name, StringComparer.Ordinal))
            Console.WriteLine($"{e.LastTimestamp:HH:mm:ss} {e.Type,-7} {e.Reason,-16} x{e.Count} {e.InvolvedObject?.Kind}/{e.InvolvedObject?.Name} ({e.Source?.Component}{(e.Source?.Host == null ? "" : "@" + e.Source.Host)})");
        var warnings = events.Where(e => e.Type == "Warning").ToList();
        Console.WriteLine($"{warnings.Count} warnings, {warnings.Sum(e => e.Count ?? 0)} occurrences");
        var worst = warnings.OrderByDescending(e => e.Count).First();
        Console.WriteLine("worst: " + worst.Reason + " - " + worst.Message);
        var byObject = events.GroupBy(e => e.InvolvedObject.Kind + "/" + e.InvolvedObject.Name).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var g in byObject)
            Console.WriteLine($"{g.Key}: {string.Join(", ", g.Select(e => e.Reason))}");
    }
}
