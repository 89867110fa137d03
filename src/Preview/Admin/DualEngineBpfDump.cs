using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.Admin;

/// <summary>
/// <c>/debug/config_dump/bpf/dual-engine</c>: the values of the BPF maps (keys are dropped), in hash-map iteration
/// order. Count and port lists are single comma-joined strings; endpointCount always has 7 priority slots.
/// </summary>
public static class DualEngineBpfDump
{
    private const int PrioritySlots = 7;
    private const int PolicySlots = 4;
    private const int FailoverPriority = 2;

    public static JsonObject Build(ClusterModel model, MeshIndex index)
    {
        var random = new Random(model.Seed ^ 0x5eed);
        var workloadPolicies = index.Workloads.Where(w => index.PoliciesOf[w].Count > 0)
            .Select(w => (JsonNode)new JsonObject
            {
                ["policyIds"] = new JsonArray(index.PoliciesOf[w].Select(p => $"{p.Namespace}/{p.Name}")
                    .Concat(Enumerable.Repeat("", PolicySlots)).Take(PolicySlots).Select(id => (JsonNode)JsonValue.Create(id)).ToArray()),
            }).ToArray();
        var backends = index.Workloads.Select(w => (JsonNode)new JsonObject
        {
            ["ip"] = w.PodIp,
            ["serviceCount"] = index.ServicesOf[w].Count,
            ["services"] = new JsonArray(index.ServicesOf[w].Select(s => (JsonNode)JsonValue.Create($"{s.Namespace}/{s.Hostname}")).ToArray()),
        }).ToArray();
        var endpoints = index.MeshServices.SelectMany(s => index.EndpointsOf[s])
            .Select(w => (JsonNode)new JsonObject { ["backendUid"] = w.WorkloadUid }).ToArray();
        var frontends = index.MeshServices.Select(s => $"{s.Namespace}/{s.Hostname}")
            .Concat(index.Workloads.Select(w => w.WorkloadUid))
            .Select(id => (JsonNode)new JsonObject { ["upstreamId"] = id }).ToArray();
        var services = index.MeshServices.Select(s => (JsonNode)Service(s, index)).ToArray();

        foreach (var array in new[] { workloadPolicies, backends, endpoints, frontends, services })
        {
            random.Shuffle(array);
        }
        return new JsonObject
        {
            ["workloadPolicies"] = new JsonArray(workloadPolicies),
            ["backends"] = new JsonArray(backends),
            ["endpoints"] = new JsonArray(endpoints),
            ["frontends"] = new JsonArray(frontends),
            ["services"] = new JsonArray(services),
        };
    }

    private static JsonObject Service(ServiceInfo service, MeshIndex index)
    {
        var counts = new int[PrioritySlots];
        counts[service.LoadBalancerMode == "FAILOVER" ? FailoverPriority : 0] = index.EndpointsOf[service].Count;
        var value = new JsonObject
        {
            ["endpointCount"] = string.Join(", ", counts),
            ["lbPolicy"] = service.LoadBalancerMode ?? "UNSPECIFIED_MODE",
            ["servicePort"] = string.Join(", ", service.Ports.Select(p => p.Port)),
            ["targetPort"] = string.Join(", ", service.Ports.Select(p => p.TargetPort)),
        };
        if (index.WaypointOf(service) is { Programmed: true } waypoint)
        {
            value["waypointAddr"] = waypoint.Vip;
            value["waypointPort"] = 15008;
        }
        return value;
    }

    /// <summary>Entries across all five maps (what the large scenario promises: 65,000).</summary>
    public static int EntryCount(JsonObject dump) =>
        new[] { "workloadPolicies", "backends", "endpoints", "frontends", "services" }.Sum(key => dump[key]!.AsArray().Count);
}
