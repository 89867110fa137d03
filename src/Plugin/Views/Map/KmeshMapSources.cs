using System;
using System.Collections.Generic;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Map;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Translations;
using S = Kmesh.Plugin.Views.Map.MapStrings;

namespace Kmesh.Plugin.Views.Map;

/// <summary>Headlamp's map gets a "Kmesh" group of two sources: waypoints (Namespace → Waypoint → Service → Pods) and
/// daemons (Node → Kmesh daemon → KmeshNodeInfo). Each is a hook over the lists the views already read (one request
/// each, shared through Headlamp's query cache), memoised on them; the graph itself comes from the model.</summary>
public static class KmeshMapSources
{
    public const string GroupId = "kmesh";
    public const string WaypointsId = "kmesh-waypoints";
    public const string DaemonsId = "kmesh-daemons";

    public static MapSource Group(string icon) => new MapSource
    {
        Id = GroupId,
        Label = S.Kmesh,
        Icon = IconifyIcon.Of(icon),
        Sources = new List<MapSource>
        {
            new MapSource { Id = WaypointsId, Label = S.Waypoints, Icon = IconifyIcon.Of("mdi:transit-connection-variant"), UseData = UseWaypoints },
            new MapSource { Id = DaemonsId, Label = S.Daemons, Icon = IconifyIcon.Of(icon), UseData = UseDaemons },
        },
    };

    /// <summary>Null until every list has answered; a list that failed (forbidden, not installed) adds nothing.</summary>
    public static GraphData? UseWaypoints()
    {
        Tr.Use();
        ListState<Gateway> gateways = Lists.UseGateways();
        ListState<V1Namespace> namespaces = Lists.UseNamespaces();
        ListState<V1Service> services = Lists.UseServices();
        ListState<V1Pod> pods = Lists.UseAllPods();
        return React.UseMemo(() =>
        {
            if (!Lists.Settled(gateways) || !Lists.Settled(namespaces) || !Lists.Settled(services) || !Lists.Settled(pods)) return null;
            var objects = new Dictionary<string, object>();
            Index("Gateway", gateways, objects);
            Index("Namespace", namespaces, objects);
            Index("Service", services, objects);
            Index("Pod", pods, objects);
            return ToGraph(MeshMap.Waypoints(Lists.Json(gateways), Lists.Json(namespaces), Lists.Json(services), Lists.Json(pods)), objects);
        }, new object?[] { gateways.Items, gateways.Error, namespaces.Items, namespaces.Error, services.Items, services.Error, pods.Items, pods.Error, Tr.Language });
    }

    public static GraphData? UseDaemons()
    {
        Tr.Use();
        ListState<V1Node> nodes = ResourceClasses.Node.UseList(new ListQuery());
        ListState<V1Pod> daemons = Lists.UseDaemonPods();
        ListState<KmeshNodeInfo> infos = Lists.UseNodeInfos();
        return React.UseMemo(() =>
        {
            if (!Lists.Settled(nodes) || !Lists.Settled(daemons) || !Lists.Settled(infos)) return null;
            var objects = new Dictionary<string, object>();
            Index("Node", nodes, objects);
            Index("Pod", daemons, objects);
            Index("KmeshNodeInfo", infos, objects);
            return ToGraph(MeshMap.Daemons(Lists.Json(nodes), Lists.Json(daemons), Lists.Json(infos), DateTime.UtcNow), objects);
        }, new object?[] { nodes.Items, nodes.Error, daemons.Items, daemons.Error, infos.Items, infos.Error, Tr.Language });
    }

    private static void Index<T>(string kind, ListState<T> state, Dictionary<string, object> into)
    {
        if (state.Items is null) return;
        foreach (KubeObject<T> item in state.Items) into[$"{kind}/{item.GetNamespace() ?? ""}/{item.GetName()}"] = item;
    }

    /// <summary>Map nodes for the model's graph: each with its KubeObject (so Headlamp draws its kind icon and opens its
    /// details) and its status colour.</summary>
    private static GraphData ToGraph(MapGraph graph, Dictionary<string, object> objects)
    {
        var nodes = new List<GraphNode>();
        foreach (MapNode node in graph.Nodes)
        {
            objects.TryGetValue(node.Key, out object? kubeObject);
            var graphNode = new GraphNode { Id = node.Id, Label = node.Name, Subtitle = node.Kind };
            if (kubeObject is not null) graphNode.KubeObject = kubeObject;
            if (node.Status != MapStatus.None) graphNode.Status = StatusOf(node.Status);
            nodes.Add(graphNode);
        }
        var edges = new List<GraphEdge>();
        foreach (MapEdge edge in graph.Edges) edges.Add(new GraphEdge { Id = edge.Id, Source = edge.Source, Target = edge.Target });
        return new GraphData { Nodes = nodes, Edges = edges };
    }

    private static string StatusOf(MapStatus status) =>
        status == MapStatus.Success ? "success" : status == MapStatus.Warning ? "warning" : "error";
}
