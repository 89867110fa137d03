using System.Collections.Generic;
using System.Linq;
using k8s.Models;
using Kmesh.Model.Map;
using Kmesh.Model.Shapes;
using Xunit;

namespace Kmesh.Tests.Rules;

/// <summary>The map's chains, natively (the compiled leg prints the same graphs for the driver's cluster).</summary>
public class MeshMapTests
{
    private static Gateway Waypoint => CSharpToJs.Interop.JsonShapes.Parse<Gateway>("""
        {"metadata":{"name":"waypoint","namespace":"default","uid":"gw-1","generation":1},"spec":{"gatewayClassName":"istio-waypoint"},
         "status":{"conditions":[{"type":"Programmed","status":"True","reason":"Programmed","observedGeneration":1}]}}
        """);

    [Fact]
    public void Namespace_to_waypoint_to_service_to_its_pods_coloured_by_membership()
    {
        V1Service reviews = Cluster.Service("""{"metadata":{"name":"reviews","namespace":"default","uid":"svc-1","labels":{"istio.io/use-waypoint":"waypoint"}},"spec":{"selector":{"app":"reviews"}}}""");
        V1Service details = Cluster.Service("""{"metadata":{"name":"details","namespace":"default","uid":"svc-2"},"spec":{"selector":{"app":"details"}}}""");
        V1Namespace ns = Cluster.Namespace("""{"metadata":{"name":"default","uid":"ns-1","labels":{"istio.io/dataplane-mode":"Kmesh","istio.io/use-waypoint":"waypoint"}}}""");
        var pods = new List<V1Pod> { Cluster.AppPod("reviews-v2-5c757d5846-ptd9c"), Cluster.AppPod("reviews-v3-6dc9897554-8b5kx", annotations: "") };
        MapGraph graph = MeshMap.Waypoints(new[] { Waypoint }, new[] { ns }, new[] { reviews, details }, pods);

        Assert.Equal(new[] { "Gateway/default/waypoint Success", "Namespace//default Error", "Service/default/reviews None", "Pod/default/reviews-v2-5c757d5846-ptd9c Success", "Pod/default/reviews-v3-6dc9897554-8b5kx Error" },
            graph.Nodes.Select(n => $"{n.Key} {n.Status}"));
        Assert.Equal(new[] { "ns-1 -> gw-1", "gw-1 -> svc-1", "svc-1 -> Pod/default/reviews-v2-5c757d5846-ptd9c", "svc-1 -> Pod/default/reviews-v3-6dc9897554-8b5kx" },
            graph.Edges.Select(e => $"{e.Source} -> {e.Target}"));
        Assert.Equal("intended, not managed: namespace label istio.io/dataplane-mode=Kmesh, but the daemon has not annotated it kmesh.net/redirection=enabled",
            graph.Nodes[4].Subtitle);
    }

    [Fact]
    public void Node_to_daemon_to_its_node_info_with_the_daemons_health()
    {
        var daemons = new List<V1Pod>
        {
            Cluster.DaemonPod("kmesh-8hv7d", "kmesh-worker"),
            Cluster.DaemonPod("kmesh-tl9wm", "kmesh-worker2", ready: false, restarts: 9, waiting: "CrashLoopBackOff"),
        };
        var nodes = daemons.Select(d => Cluster.NodeNamed(d.Spec!.NodeName!)).ToList();
        var info = CSharpToJs.Interop.JsonShapes.Parse<KmeshNodeInfo>("""{"metadata":{"name":"kmesh-worker","namespace":"kmesh-system"},"spec":{"spi":2}}""");
        MapGraph graph = MeshMap.Daemons(nodes, daemons, new[] { info }, Cluster.Now);
        Assert.Equal(daemons.Count * 2 + 1, graph.Nodes.Count);
        Assert.Contains(graph.Nodes, n => n.Kind == "KmeshNodeInfo" && n.Subtitle == "IPsec SPI 2");
        Assert.All(daemons, d => Assert.Contains(graph.Edges, e => e.Source == $"Node//{d.Spec!.NodeName}" && e.Target == $"Pod/kmesh-system/{d.Metadata!.Name}"));
        Assert.Equal(MapStatus.Success, graph.Nodes.Single(n => n.Name == "kmesh-8hv7d").Status);
        Assert.Equal(MapStatus.Error, graph.Nodes.Single(n => n.Name == "kmesh-tl9wm").Status);
    }

    [Fact]
    public void A_service_without_a_selector_selects_nothing()
    {
        V1Service headless = Cluster.Service("""{"metadata":{"name":"x","namespace":"default"},"spec":{}}""");
        Assert.False(MeshMap.Selects(headless, Cluster.AppPod("reviews-v2-5c757d5846-ptd9c")));
    }

    /// <summary>A service-scoped waypoint (its namespace names none) still hangs off its namespace.</summary>
    [Fact]
    public void A_service_waypoint_starts_its_chain_at_its_own_namespace()
    {
        V1Namespace ns = Cluster.Namespace("""{"metadata":{"name":"default","uid":"ns-1","labels":{"istio.io/dataplane-mode":"Kmesh"}}}""");
        V1Service service = Cluster.Service("""{"metadata":{"name":"reviews","namespace":"default","uid":"svc-1","labels":{"istio.io/use-waypoint":"waypoint"}},"spec":{"selector":{"app":"reviews"}}}""");
        MapGraph graph = MeshMap.Waypoints(new[] { Waypoint }, new[] { ns }, new[] { service }, new[] { Cluster.AppPod("reviews-v2-5c757d5846-ptd9c") });
        Assert.Equal(new[] { "ns-1 -> gw-1", "gw-1 -> svc-1" }, graph.Edges.Take(2).Select(e => $"{e.Source} -> {e.Target}"));
        Assert.Equal(MapStatus.Success, graph.Nodes.Single(n => n.Kind == "Namespace").Status);
    }
}
