using System;
using System.Collections.Generic;
using System.Linq;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.Admin;

/// <summary>Which services select which pods and which selector policies apply to them, computed once per cluster.</summary>
public sealed class MeshIndex
{
    public MeshIndex(ClusterModel model)
    {
        Workloads = model.Pods.Where(p => !p.HostNetwork)
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Namespace, StringComparer.Ordinal).ToList();
        MeshServices = model.Services.Where(s => s.Selector.Count > 0).ToList();
        var servicesByNamespace = MeshServices.GroupBy(s => s.Namespace).ToDictionary(g => g.Key, g => g.ToList());
        var policiesByNamespace = model.Policies.Where(p => p.Scope == "WORKLOAD_SELECTOR").GroupBy(p => p.Namespace)
            .ToDictionary(g => g.Key, g => g.ToList());
        ServicesOf = new Dictionary<WorkloadPod, IReadOnlyList<ServiceInfo>>();
        PoliciesOf = new Dictionary<WorkloadPod, IReadOnlyList<PolicyInfo>>();
        EndpointsOf = MeshServices.ToDictionary(s => s, _ => new List<WorkloadPod>());
        foreach (var pod in Workloads)
        {
            var services = servicesByNamespace.GetValueOrDefault(pod.Namespace)?.Where(s => Selects(s.Selector, pod.Labels)).ToList()
                ?? new List<ServiceInfo>();
            ServicesOf[pod] = services;
            foreach (var service in services)
            {
                EndpointsOf[service].Add(pod);
            }
            PoliciesOf[pod] = policiesByNamespace.GetValueOrDefault(pod.Namespace)?.Where(p => Selects(p.WorkloadSelector, pod.Labels)).ToList()
                ?? new List<PolicyInfo>();
        }
        Waypoints = model.Waypoints.ToDictionary(w => (w.Namespace, w.Name));
        Nodes = model.Nodes.ToDictionary(n => n.Name);
    }

    public IReadOnlyList<WorkloadPod> Workloads { get; }
    public IReadOnlyList<ServiceInfo> MeshServices { get; }
    public Dictionary<WorkloadPod, IReadOnlyList<ServiceInfo>> ServicesOf { get; }
    public Dictionary<WorkloadPod, IReadOnlyList<PolicyInfo>> PoliciesOf { get; }
    public Dictionary<ServiceInfo, List<WorkloadPod>> EndpointsOf { get; }
    public Dictionary<(string Namespace, string Name), WaypointInfo> Waypoints { get; }
    public Dictionary<string, NodeInfo> Nodes { get; }

    /// <summary>The waypoint a service's traffic goes through (istio.io/use-waypoint on the service, same namespace).</summary>
    public WaypointInfo? WaypointOf(ServiceInfo service) =>
        service.Labels.TryGetValue("istio.io/use-waypoint", out var name) && Waypoints.TryGetValue((service.Namespace, name), out var waypoint)
            ? waypoint
            : null;

    /// <summary>
    /// The service's <c>waypoint.destination</c> in the workload API: <c>"/&lt;vip&gt;"</c> once istiod assigned the waypoint an
    /// address, <c>"&lt;ns&gt;/&lt;hostname&gt;"</c> while it has none, empty without a waypoint.
    /// </summary>
    public string WaypointDestinationOf(ServiceInfo service) => WaypointOf(service) switch
    {
        null => "",
        { Programmed: true } w => "/" + w.Vip,
        var w => $"{w.Namespace}/{w.Name}.{w.Namespace}.svc.cluster.local",
    };

    private static bool Selects(IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> labels) =>
        selector.Count > 0 && selector.All(kv => labels.TryGetValue(kv.Key, out var value) && value == kv.Value);
}
