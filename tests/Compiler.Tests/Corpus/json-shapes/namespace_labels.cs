using System;
using System.Linq;
using CSharpToJs.Interop;
using k8s.Models;

public static class Program
{
    const string Json = """
        {
          "apiVersion": "v1",
          "kind": "NamespaceList",
          "metadata": { "resourceVersion": "48800" },
          "items": [
            { "metadata": { "name": "default", "labels": { "kubernetes.io/metadata.name": "default", "istio.io/dataplane-mode": "Kmesh" } }, "status": { "phase": "Active" } },
            { "metadata": { "name": "kube-system", "labels": { "kubernetes.io/metadata.name": "kube-system" } }, "status": { "phase": "Active" } },
            { "metadata": { "name": "kmesh-system", "labels": { "kubernetes.io/metadata.name": "kmesh-system" } }, "status": { "phase": "Active" } },
            { "metadata": { "name": "bookinfo", "labels": { "kubernetes.io/metadata.name": "bookinfo", "istio.io/dataplane-mode": "kmesh", "istio.io/use-waypoint": "bookinfo-waypoint" } }, "status": { "phase": "Active" } },
            { "metadata": { "name": "old-team", "deletionTimestamp": "2025-12-03T10:00:00Z" }, "status": { "phase": "Terminating" } }
          ]
        }
        """;

    static bool Managed(V1Namespace ns) =>
        ns.Metadata?.Labels != null
        && ns.Metadata.Labels.TryGetValue("istio.io/dataplane-mode", out var mode)
        && string.Equals(mode, "kmesh", StringComparison.OrdinalIgnoreCase);

    public static void Main()
    {
        var list = JsonShapes.Parse<V1NamespaceList>(Json);
        Console.WriteLine(list.Items.Count + " namespaces, rv " + list.Metadata?.ResourceVersion);
        foreach (var ns in list.Items)
        {
            var waypoint = ns.Metadata?.Labels?.TryGetValue("istio.io/use-waypoint", out var w) == true ? w : null;
            Console.WriteLine($"{ns.Metadata?.Name,-13} {ns.Status?.Phase,-11} managed={Managed(ns)} waypoint={waypoint ?? "-"} deleting={ns.Metadata?.DeletionTimestamp != null}");
        }
        var managed = list.Items.Where(Managed).Select(n => n.Metadata!.Name).OrderBy(n => n).ToList();
        Console.WriteLine("managed: " + string.Join(", ", managed));
    }
}
