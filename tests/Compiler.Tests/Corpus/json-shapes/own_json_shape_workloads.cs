using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using CSharpToJs.Interop;

[JsonShape]
public sealed class ConfigDump
{
    [JsonPropertyName("workloads")] public List<Workload>? Workloads { get; set; }
    [JsonPropertyName("services")] public List<ServiceEntry>? Services { get; set; }
}

[JsonShape]
public sealed class Workload
{
    [JsonPropertyName("uid")] public string? Uid { get; set; }
    [JsonPropertyName("addresses")] public List<string>? Addresses { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("namespace")] public string? Namespace { get; set; }
    [JsonPropertyName("workloadType")] public string? WorkloadType { get; set; }
    [JsonPropertyName("node")] public string? Node { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("locality")] public Locality? Locality { get; set; }
    [JsonPropertyName("services")] public List<string>? Services { get; set; }
}

[JsonShape]
public sealed class Locality
{
    [JsonPropertyName("region")] public string? Region { get; set; }
    [JsonPropertyName("zone")] public string? Zone { get; set; }
}

[JsonShape]
public sealed class ServiceEntry
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("namespace")] public string? Namespace { get; set; }
    [JsonPropertyName("hostname")] public string? Hostname { get; set; }
    [JsonPropertyName("vips")] public List<string>? Vips { get; set; }
    [JsonPropertyName("ports")] public List<ServicePort>? Ports { get; set; }
    [JsonPropertyName("waypoint")] public Waypoint? Waypoint { get; set; }
}

[JsonShape]
public sealed class ServicePort
{
    [JsonPropertyName("service_port")] public int ServicePortNumber { get; set; }
    [JsonPropertyName("target_port")] public int TargetPort { get; set; }
}

[JsonShape]
public sealed class Waypoint
{
    [JsonPropertyName("destination")] public string? Destination { get; set; }
}

public static class Program
{
    const string Json = """
        {
          "workloads": [
            {
              "uid": "Kubernetes//Pod/kube-system/coredns-7db6d8ff4d-2xk9p",
              "addresses": ["10.244.0.3"],
              "name": "coredns-7db6d8ff4d-2xk9p",
              "namespace": "kube-system",
              "workloadType": "DEPLOYMENT",
              "locality": {},
              "node": "kmesh-control-plane",
              "status": "HEALTHY",
              "services": ["kube-system/kube-dns.kube-system.svc.cluster.local"]
            },
            {
              "uid": "Kubernetes//Pod/default/details-v1-65cfcf56f9-7rkqx",
              "addresses": ["10.244.1.9"],
              "name": "details-v1-65cfcf56f9-7rkqx",
              "namespace": "default",
              "workloadType": "DEPLOYMENT",
              "locality": { "region": "region-a", "zone": "zone-1" },
              "node": "kmesh-worker",
              "status": "HEALTHY",
              "services": ["default/details.default.svc.cluster.local"]
            },
            {
              "uid": "Kubernetes//Pod/default/ratings-v1-6f7d9c-abcd",
              "addresses": [],
              "name": "ratings-v1-6f7d9c-abcd",
              "namespace": "default",
              "workloadType": "DEPLOYMENT",
              "node": "kmesh-worker",
              "status": "UNHEALTHY"
            }
          ],
          "services": [
            {
              "name": "details",
              "namespace": "default",
              "hostname": "details.default.svc.cluster.local",
              "vips": ["/10.96.120.4"],
              "ports": [{ "service_port": 9080, "target_port": 9080 }],
              "waypoint": { "destination": "default/10.96.200.1" }
            },
            {
              "name": "kube-dns",
              "namespace": "kube-system",
              "hostname": "kube-dns.kube-system.svc.cluster.local",
              "vips": ["/10.96.0.10"],
              "ports": [{ "service_port": 53, "target_port": 53 }, { "service_port": 9153, "target_port": 9153 }]
            }
          ]
        }
        """;

    public static void Main()
    {
        var dump = JsonShapes.Parse<ConfigDump>(Json);
        foreach (var w in dump.Workloads ?? new List<Workload>())
        {
            var ip = w.Addresses?.FirstOrDefault() ?? "<no ip>";
            var zone = w.Locality?.Zone ?? "-";
            var svcCount = w.Services?.Count ?? 0;
            Console.WriteLine($"{w.Namespace}/{w.Name} {w.WorkloadType} {w.Status} ip={ip} node={w.Node} zone={zone} services={svcCount}");
        }
        Console.WriteLine("unhealthy: " + string.Join(",", dump.Workloads!.Where(w => w.Status != "HEALTHY").Select(w => w.Name)));
        foreach (var s in dump.Services!)
        {
            var ports = string.Join(",", s.Ports!.Select(p => p.ServicePortNumber + "->" + p.TargetPort));
            Console.WriteLine($"{s.Hostname} vip={s.Vips?[0].TrimStart('/')} ports={ports} waypoint={s.Waypoint?.Destination ?? "none"}");
        }
        var perNode = dump.Workloads.GroupBy(w => w.Node).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}");
        Console.WriteLine(string.Join(" ", perNode));
    }
}
