using System;
using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Membership;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Model.Text;

namespace Kmesh.Model.Map;

public enum MapStatus { None, Success, Warning, Error }

/// <summary>One object on Headlamp's map. <see cref="Id"/> is the object's uid when it has one (so it merges with
/// Headlamp's own nodes for the same object), else <c>Kind/namespace/name</c>; <see cref="Key"/> is always the latter
/// (the plugin finds the object's KubeObject by it).</summary>
public sealed record MapNode(string Id, string Key, string Kind, string Namespace, string Name, MapStatus Status, string Subtitle);

public sealed record MapEdge(string Id, string Source, string Target);

public sealed record MapGraph(IReadOnlyList<MapNode> Nodes, IReadOnlyList<MapEdge> Edges);

/// <summary>The Kmesh map: Namespace → Waypoint → Service → Pods (who sends traffic through which waypoint, and the
/// pods behind each service) and Node → Kmesh daemon → KmeshNodeInfo, each object coloured by its Kmesh state.</summary>
public static class MeshMap
{
    /// <summary>Each waypoint's namespace, and the namespaces, services and pods that use it (<c>istio.io/use-waypoint</c>);
    /// namespaces and pods are coloured by their membership (managed, intended but not managed).</summary>
    public static MapGraph Waypoints(IReadOnlyList<Gateway> gateways, IReadOnlyList<V1Namespace> namespaces, IReadOnlyList<V1Service> services, IReadOnlyList<V1Pod> pods)
    {
        var graph = new GraphBuilder();
        Known<Dictionary<string, V1Namespace>> byName = Known<Dictionary<string, V1Namespace>>.Of(MembershipRules.ByName(namespaces));
        Known<Dictionary<string, List<V1Pod>>> podsByNamespace = Known<Dictionary<string, List<V1Pod>>>.Of(MembershipRules.ByNamespace(pods));
        foreach (Gateway gateway in gateways)
        {
            if (gateway is null || !WaypointRules.IsWaypoint(gateway)) continue;
            string ns = gateway.Metadata?.NamespaceProperty ?? "";
            Health health = WaypointRules.Status(gateway);
            string gatewayId = graph.Add("Gateway", gateway.Metadata, StatusOf(health.Level), Say.T("waypoint for {{traffic}}: {{reason}}", "traffic", WaypointRules.WaypointFor(gateway), "reason", health.Reason));
            WaypointUsers users = WaypointRules.Users(gateway, namespaces, services, pods);
            var usingServices = new HashSet<string>(users.Services);
            var usingPods = new HashSet<string>(users.Pods);
            // The chain starts at the waypoint's own namespace (whether the namespace, its services or its pods name
            // it), then any other namespace that sends its traffic through it.
            var chainNamespaces = new List<string> { ns };
            chainNamespaces.AddRange(users.Namespaces);
            foreach (string user in chainNamespaces)
            {
                if (!byName.Value!.TryGetValue(user, out V1Namespace? namespaceObject)) continue;
                MembershipVerdict m = MembershipRules.ForNamespace(namespaceObject, podsByNamespace);
                graph.Link(graph.Add("Namespace", namespaceObject.Metadata, StatusOf(m.State), m.Detail), gatewayId);
            }
            foreach (V1Service service in services)
            {
                if (service?.Metadata?.NamespaceProperty != ns || !usingServices.Contains(service.Metadata.Name ?? "")) continue;
                string serviceId = graph.Add("Service", service.Metadata, MapStatus.None, "");
                graph.Link(gatewayId, serviceId);
                if (podsByNamespace.Value!.TryGetValue(ns, out List<V1Pod>? candidates))
                {
                    foreach (V1Pod pod in candidates)
                    {
                        if (Selects(service, pod)) graph.Link(serviceId, AddPod(graph, pod, byName));
                    }
                }
            }
            if (users.Pods.Count > 0 && podsByNamespace.Value!.TryGetValue(ns, out List<V1Pod>? direct))
            {
                foreach (V1Pod pod in direct)
                {
                    if (usingPods.Contains(pod.Metadata?.Name ?? "")) graph.Link(gatewayId, AddPod(graph, pod, byName));
                }
            }
        }
        return graph.Build();
    }

    /// <summary>Each node that runs a daemon pod, the daemon (coloured by its health) and its KmeshNodeInfo.</summary>
    public static MapGraph Daemons(IReadOnlyList<V1Node> nodes, IReadOnlyList<V1Pod> daemonPods, IReadOnlyList<KmeshNodeInfo> nodeInfos, DateTime now)
    {
        var graph = new GraphBuilder();
        var nodesByName = new Dictionary<string, V1Node>();
        foreach (V1Node node in nodes)
        {
            string? name = node?.Metadata?.Name;
            if (name is not null) nodesByName[name] = node!;
        }
        var infosByName = new Dictionary<string, KmeshNodeInfo>();
        foreach (KmeshNodeInfo info in nodeInfos)
        {
            string? name = info?.Metadata?.Name;
            if (name is not null) infosByName[name] = info!;
        }
        foreach (V1Pod daemon in daemonPods)
        {
            if (daemon is null || PodShape.Problem(daemon) is not null) continue;
            string nodeName = daemon.Spec?.NodeName ?? "";
            Health health = DaemonHealthRules.ForPod(daemon, now);
            string daemonId = graph.Add("Pod", daemon.Metadata, StatusOf(health.Level), Say.T("Kmesh daemon: {{reason}}", "reason", health.Reason));
            if (nodeName.Length == 0) continue;
            if (nodesByName.TryGetValue(nodeName, out V1Node? node))
            {
                graph.Link(graph.Add("Node", node.Metadata, StatusOf(DaemonHealthRules.ForNode(node, daemon, now).Level), ""), daemonId);
            }
            if (infosByName.TryGetValue(nodeName, out KmeshNodeInfo? info))
            {
                graph.Link(daemonId, graph.Add("KmeshNodeInfo", info.Metadata, MapStatus.None, Say.T("IPsec SPI {{spi}}", "spi", info.Spec?.Spi)));
            }
        }
        return graph.Build();
    }

    /// <summary>A Service selects a pod of its namespace when every selector label matches; no selector, no pods.</summary>
    public static bool Selects(V1Service service, V1Pod pod)
    {
        IDictionary<string, string>? selector = service.Spec?.Selector;
        if (selector is null || !JsonTypes.IsMap(selector) || selector.Count == 0) return false;
        if (pod.Metadata?.NamespaceProperty != service.Metadata?.NamespaceProperty) return false;
        foreach (KeyValuePair<string, string> term in selector)
        {
            if (Meta.Value(pod.Metadata?.Labels, term.Key) != term.Value) return false;
        }
        return true;
    }

    private static string AddPod(GraphBuilder graph, V1Pod pod, Known<Dictionary<string, V1Namespace>> namespaces)
    {
        MembershipVerdict m = MembershipRules.ForPod(pod, namespaces);
        return graph.Add("Pod", pod.Metadata, StatusOf(m.State), Say.T("{{word}}: {{detail}}", "word", m.Word, "detail", m.Detail));
    }

    public static MapStatus StatusOf(HealthLevel level) =>
        level == HealthLevel.Green ? MapStatus.Success : level == HealthLevel.Yellow ? MapStatus.Warning : MapStatus.Error;

    public static MapStatus StatusOf(MeshState state) =>
        state == MeshState.Managed ? MapStatus.Success
        : state == MeshState.IntendedNotManaged ? MapStatus.Error
        : state == MeshState.Unknown ? MapStatus.Warning
        : MapStatus.None;

    /// <summary>Adds each object and edge once, in first-seen order.</summary>
    private sealed class GraphBuilder
    {
        private readonly List<MapNode> nodes = new List<MapNode>();
        private readonly List<MapEdge> edges = new List<MapEdge>();
        private readonly HashSet<string> seen = new HashSet<string>();

        public string Add(string kind, V1ObjectMeta? meta, MapStatus status, string subtitle)
        {
            string ns = meta?.NamespaceProperty ?? "";
            string name = meta?.Name ?? "";
            string key = $"{kind}/{ns}/{name}";
            string? uid = meta?.Uid;
            string id = uid is not null && uid.Length > 0 ? uid : key;
            if (seen.Add(id)) nodes.Add(new MapNode(id, key, kind, ns, name, status, subtitle));
            return id;
        }

        public void Link(string source, string target)
        {
            string id = $"kmesh-edge-{source}-{target}";
            if (seen.Add(id)) edges.Add(new MapEdge(id, source, target));
        }

        public MapGraph Build() => new MapGraph(nodes, edges);
    }
}
