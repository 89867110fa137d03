using System;
using System.Linq;
using CSharpToJs.Interop;
using k8s.Models;

public static class Program
{
    const string PodJson = """
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": {
            "name": "kmesh-7xk2p",
            "namespace": "kmesh-system",
            "uid": "0b6f3c52-1b0e-4b8e-9a3e-6f7b2d9c1a40",
            "labels": {
              "app": "kmesh",
              "controller-revision-hash": "6d4f9c8b7",
              "pod-template-generation": "3"
            },
            "annotations": {
              "prometheus.io/scrape": "true",
              "prometheus.io/port": "15020"
            },
            "ownerReferences": [
              { "apiVersion": "apps/v1", "kind": "DaemonSet", "name": "kmesh", "uid": "9e1d", "controller": true, "blockOwnerDeletion": true }
            ]
          },
          "spec": {
            "nodeName": "kmesh-worker",
            "serviceAccountName": "kmesh",
            "hostNetwork": false,
            "containers": [
              {
                "name": "kmesh",
                "image": "ghcr.io/kmesh-net/kmesh:v1.1.0",
                "imagePullPolicy": "IfNotPresent",
                "args": ["./start_kmesh.sh --mode=dual-engine --enable-bypass=false", "--monitoring=true"],
                "ports": [
                  { "containerPort": 15020, "name": "metrics", "protocol": "TCP" },
                  { "containerPort": 15200, "name": "admin", "protocol": "TCP" }
                ],
                "env": [
                  { "name": "POD_NAME", "valueFrom": { "fieldRef": { "fieldPath": "metadata.name" } } },
                  { "name": "XDS_ADDRESS", "value": "istiod.istio-system.svc:15012" }
                ],
                "resources": { "limits": { "cpu": "1", "memory": "1Gi" }, "requests": { "cpu": "100m", "memory": "200Mi" } }
              },
              {
                "name": "log-sidecar",
                "image": "busybox:1.36",
                "command": ["sh", "-c"],
                "args": ["tail -f /var/log/kmesh.log"]
              }
            ]
          }
        }
        """;

    public static void Main()
    {
        var pod = JsonShapes.Parse<V1Pod>(PodJson);
        Console.WriteLine(pod.Kind + " " + pod.Metadata?.NamespaceProperty + "/" + pod.Metadata?.Name);
        var labels = pod.Metadata?.Labels;
        Console.WriteLine(labels?.Count);
        foreach (var key in labels!.Keys.OrderBy(k => k, StringComparer.Ordinal))
            Console.WriteLine($"  {key}={labels[key]}");
        Console.WriteLine(labels.ContainsKey("app") + " " + labels.ContainsKey("version"));
        Console.WriteLine(labels.TryGetValue("app", out var app) ? app : "-");
        Console.WriteLine(pod.Metadata?.Annotations?["prometheus.io/port"]);
        var owner = pod.Metadata?.OwnerReferences?.FirstOrDefault(o => o.Controller == true);
        Console.WriteLine(owner?.Kind + "/" + owner?.Name);
        Console.WriteLine(pod.Spec?.NodeName + " sa=" + pod.Spec?.ServiceAccountName + " hostNetwork=" + pod.Spec?.HostNetwork);
        foreach (var c in pod.Spec?.Containers ?? new V1Container[0])
        {
            Console.WriteLine($"container {c.Name} image={c.Image}");
            Console.WriteLine($"  command: {(c.Command == null ? "<default>" : string.Join(" ", c.Command))}");
            Console.WriteLine($"  args ({c.Args?.Count ?? 0}): {string.Join(" | ", c.Args ?? new string[0])}");
            foreach (var p in c.Ports ?? new V1ContainerPort[0])
                Console.WriteLine($"  port {p.Name} {p.ContainerPort}/{p.Protocol}");
            foreach (var e in c.Env ?? new V1EnvVar[0])
                Console.WriteLine($"  env {e.Name}={e.Value ?? "(from " + e.ValueFrom?.FieldRef?.FieldPath + ")"}");
        }
        var mode = pod.Spec!.Containers[0].Args![0].Split(' ').FirstOrDefault(a => a.StartsWith("--mode="))?.Substring(7);
        Console.WriteLine("mode " + mode);
    }
}
