using System;
using System.Linq;
using CSharpToJs.Interop;
using k8s.Models;

public static class Program
{
    const string Json = """
        {
          "apiVersion": "v1",
          "kind": "Service",
          "metadata": {
            "name": "reviews",
            "namespace": "bookinfo",
            "labels": { "app": "reviews", "service": "reviews" },
            "annotations": { "kmesh.net/waypoint": "bookinfo-waypoint" }
          },
          "spec": {
            "type": "ClusterIP",
            "clusterIP": "10.96.14.201",
            "clusterIPs": ["10.96.14.201"],
            "ipFamilies": ["IPv4"],
            "selector": { "app": "reviews" },
            "ports": [
              { "name": "http", "port": 9080, "protocol": "TCP", "targetPort": 9080 },
              { "name": "grpc", "port": 9090, "protocol": "TCP", "targetPort": "grpc-port", "appProtocol": "grpc" }
            ],
            "sessionAffinity": "None"
          },
          "status": { "loadBalancer": {} }
        }
        """;

    public static void Main()
    {
        var svc = JsonShapes.Parse<V1Service>(Json);
        Console.WriteLine($"{svc.Metadata?.NamespaceProperty}/{svc.Metadata?.Name} type={svc.Spec?.Type} ip={svc.Spec?.ClusterIP}");
        Console.WriteLine("selector: " + string.Join(",", svc.Spec?.Selector?.Select(kv => kv.Key + "=" + kv.Value) ?? new string[0]));
        foreach (var p in svc.Spec?.Ports ?? new V1ServicePort[0])
            Console.WriteLine($"  {p.Name}: {p.Port}/{p.Protocol} -> {p.TargetPort} app={p.AppProtocol ?? "-"}");
        Console.WriteLine(svc.Spec?.Ports?.Any(p => p.Port == 9090));
        Console.WriteLine(svc.Spec?.Ports?.Max(p => p.Port));
        Console.WriteLine(svc.Status?.LoadBalancer?.Ingress == null);
        Console.WriteLine(svc.Metadata?.Annotations?["kmesh.net/waypoint"]);
    }
}
