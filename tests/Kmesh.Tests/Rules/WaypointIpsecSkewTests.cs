using System.Collections.Generic;
using CSharpToJs.Interop;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Xunit;

namespace Kmesh.Tests.Rules;

public class WaypointIpsecSkewTests
{
    private static Gateway FixtureGateway => JsonShapes.Parse<Gateway>(Fixtures.Read("waypoint-gateway.json"));

    private static Gateway GatewayWith(string conditions, int generation = 1) => JsonShapes.Parse<Gateway>($$$"""
        {"apiVersion":"gateway.networking.k8s.io/v1","kind":"Gateway","metadata":{"name":"waypoint","namespace":"default","generation":{{{generation}}}},
         "spec":{"gatewayClassName":"istio-waypoint"},"status":{"conditions":[{{{conditions}}}]}}
        """);

    [Fact]
    public void Fixture_waypoint_is_programmed_and_used_by_the_namespace_a_service_and_a_pod()
    {
        Gateway gateway = FixtureGateway;
        Assert.True(WaypointRules.IsWaypoint(gateway));
        Assert.Equal("service", WaypointRules.WaypointFor(gateway));
        Assert.Equal(new[] { "10.96.143.232" }, WaypointRules.Addresses(gateway));
        Health status = WaypointRules.Status(gateway);
        Assert.Equal(HealthLevel.Green, status.Level);
        Assert.Equal("Programmed (Programmed): Resource programmed, assigned to service(s) waypoint.default.svc.cluster.local:15008", status.Reason);

        var namespaces = new List<V1Namespace> { Cluster.DefaultNamespace, Cluster.KubeSystem };
        var services = new List<V1Service>
        {
            Cluster.ServiceNamed("reviews", "\"istio.io/use-waypoint\":\"waypoint\""),
            Cluster.ServiceNamed("details"),
            Cluster.ServiceNamed("ratings", "\"istio.io/use-waypoint\":\"other\""),
        };
        var pods = new List<V1Pod>
        {
            Cluster.WaypointPod,
            Cluster.AppPod("reviews-v2-5c757d5846-ptd9c", extraLabels: "\"istio.io/use-waypoint\":\"waypoint\""),
            Cluster.AppPod("elsewhere", "team-b", "\"istio.io/use-waypoint\":\"waypoint\""),
        };
        WaypointUsers users = WaypointRules.Users(gateway, namespaces, services, pods);
        Assert.Equal(new[] { "default" }, users.Namespaces);
        Assert.Equal(new[] { "reviews" }, users.Services);
        Assert.Equal(new[] { "reviews-v2-5c757d5846-ptd9c" }, users.Pods);
        Assert.Equal(new[] { "waypoint-6d9df77746-njjq5" }, users.WaypointPods);
    }

    [Fact]
    public void Status_falls_back_to_Accepted_and_reports_failures()
    {
        Assert.Equal(Health.Yellow("Accepted, not yet programmed (Accepted): Resource accepted"),
            WaypointRules.Status(GatewayWith("""{"type":"Accepted","status":"True","reason":"Accepted","message":"Resource accepted"}""")));
        Assert.Equal(Health.Red("Not programmed (Invalid): waypoint deployment failed"),
            WaypointRules.Status(GatewayWith("""{"type":"Accepted","status":"True"},{"type":"Programmed","status":"False","reason":"Invalid","message":"waypoint deployment failed"}""")));
        Assert.Equal(Health.Red("Not accepted (InvalidParameters)"),
            WaypointRules.Status(GatewayWith("""{"type":"Accepted","status":"False","reason":"InvalidParameters"}""")));
        Assert.Equal(Health.Yellow("No status yet: istiod has not processed this gateway"), WaypointRules.Status(new Gateway()));
        Assert.Equal(HealthLevel.Yellow,
            WaypointRules.Status(GatewayWith("""{"type":"Programmed","status":"True","observedGeneration":1}""", generation: 2)).Level);
        Assert.False(WaypointRules.IsWaypoint(new Gateway()));
    }

    [Fact]
    public void Fixture_node_infos_show_a_key_rotation_in_progress()
    {
        KmeshNodeInfoList list = JsonShapes.Parse<KmeshNodeInfoList>(Fixtures.Read("kmeshnodeinfo-list.json"));
        IpsecSummary ipsec = IpsecRules.Evaluate(list.Items!, new[] { "kmesh-control-plane", "kmesh-worker", "kmesh-worker2" });
        Assert.Equal(IpsecState.Rotating, ipsec.State);
        Assert.Equal(2, ipsec.Spis.Count);
        Assert.Equal(new SpiGroup(1, new[] { "kmesh-worker2" }).Spi, ipsec.Spis[0].Spi);
        Assert.Equal(new[] { "kmesh-worker2" }, ipsec.Spis[0].Nodes);
        Assert.Equal(new[] { "kmesh-control-plane", "kmesh-worker" }, ipsec.Spis[1].Nodes);
        Assert.Equal(Health.Yellow("key rotation in progress: SPI 1 on kmesh-worker2; SPI 2 on kmesh-control-plane, kmesh-worker"), ipsec.Health);
    }

    [Fact]
    public void Ipsec_agreement_missing_nodes_and_disabled()
    {
        KmeshNodeInfoList list = JsonShapes.Parse<KmeshNodeInfoList>(Fixtures.Read("kmeshnodeinfo-list.json"));
        var agreed = new List<KmeshNodeInfo> { list.Items![0], list.Items[1] };
        Assert.Equal(Health.Green("all nodes agree on SPI 2"), IpsecRules.Evaluate(agreed, new[] { "kmesh-worker", "kmesh-control-plane" }).Health);
        IpsecSummary missing = IpsecRules.Evaluate(agreed, new[] { "kmesh-worker", "kmesh-worker2" });
        Assert.Equal(new[] { "kmesh-worker2" }, missing.NodesWithoutInfo);
        Assert.Equal(HealthLevel.Yellow, missing.Health.Level);
        Assert.Equal(IpsecState.Disabled, IpsecRules.Evaluate(new List<KmeshNodeInfo>(), new[] { "kmesh-worker" }).State);
    }

    [Fact]
    public void Version_skew_from_image_tags_and_version_answers()
    {
        Assert.Equal("v1.2.0", VersionSkewRules.ImageVersion(Cluster.DaemonPod("a", "n")));
        Assert.Equal("sha256:4c9e2b7d1a0f", VersionSkewRules.ImageVersion(Cluster.DaemonPod("a", "n", image: "ghcr.io/kmesh-net/kmesh@sha256:4c9e2b7d1a0f53e8b6d2")));
        Assert.Equal("latest", VersionSkewRules.ImageVersion(Cluster.DaemonPod("a", "n", image: "localhost:5000/kmesh")));

        VersionSkew same = VersionSkewRules.Evaluate(new[] { new DaemonVersionObservation("kmesh-5xq2k", "kmesh-control-plane", "v1.2.0"),
            new DaemonVersionObservation("kmesh-8hv7d", "kmesh-worker", "v1.2.0") });
        Assert.False(same.Skewed);
        Assert.Equal(Health.Green("all daemons run v1.2.0"), same.Health);

        VersionSkew skewed = VersionSkewRules.Evaluate(new[] { new DaemonVersionObservation("kmesh-5xq2k", "kmesh-control-plane", "v1.2.0"),
            new DaemonVersionObservation("kmesh-8hv7d", "kmesh-worker", "v1.1.0"), new DaemonVersionObservation("kmesh-tl9wm", "kmesh-worker2", "v1.2.0") });
        Assert.True(skewed.Skewed);
        Assert.Equal("v1.1.0", skewed.Versions[0].Version);
        Assert.Equal(new[] { "kmesh-5xq2k", "kmesh-tl9wm" }, skewed.Versions[1].Pods);
        Assert.Equal(Health.Yellow("daemons run different versions: v1.1.0 (1), v1.2.0 (2)"), skewed.Health);
    }
}
