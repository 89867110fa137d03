using System.Collections.Generic;
using System.Linq;
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

    private static List<KmeshNodeInfo> FixtureInfos() =>
        new List<KmeshNodeInfo>(JsonShapes.Parse<KmeshNodeInfoList>(Fixtures.Read("kmeshnodeinfo-list.json")).Items!);

    private static DaemonReadiness[] Daemons(bool worker2Ready = true) => new[]
    {
        new DaemonReadiness("kmesh-control-plane", true), new DaemonReadiness("kmesh-worker", true), new DaemonReadiness("kmesh-worker2", worker2Ready),
    };

    /// <summary>The fixture's objects were written on 2025-12-03 around 09:14.</summary>
    private static readonly System.DateTime RightAfterTheChange = new System.DateTime(2025, 12, 3, 9, 16, 0, System.DateTimeKind.Utc);

    [Fact]
    public void A_recent_disagreement_with_every_daemon_ready_is_a_rotation_in_progress()
    {
        IpsecSummary ipsec = IpsecRules.Evaluate(FixtureInfos(), Daemons(), RightAfterTheChange);
        Assert.Equal(IpsecState.Rotating, ipsec.State);
        Assert.Equal(new[] { "kmesh-worker2" }, ipsec.Spis[0].Nodes);
        Assert.Equal(new[] { "kmesh-control-plane", "kmesh-worker" }, ipsec.Spis[1].Nodes);
        Assert.Empty(ipsec.StaleNodes);
        Assert.Equal(Health.Yellow("key rotation in progress: kmesh-worker2 (SPI 1; 2 nodes on SPI 2)"), ipsec.Health);
    }

    [Fact]
    public void A_disagreement_while_the_lagging_daemon_crash_loops_is_a_stale_key_naming_the_node()
    {
        // Today every disagreement was "key rotation in progress", even with the lagging node's daemon crash-looping.
        IpsecSummary ipsec = IpsecRules.Evaluate(FixtureInfos(), Daemons(worker2Ready: false), RightAfterTheChange);
        Assert.Equal(IpsecState.Stale, ipsec.State);
        Assert.Equal(new[] { "kmesh-worker2" }, ipsec.StaleNodes);
        Assert.Equal(Health.Red("stale key on kmesh-worker2 (SPI 1; 2 nodes on SPI 2), not a rotation in progress: not every daemon is ready"), ipsec.Health);
    }

    [Fact]
    public void An_old_disagreement_is_a_stale_key_even_with_every_daemon_ready()
    {
        IpsecSummary ipsec = IpsecRules.Evaluate(FixtureInfos(), Daemons(), Cluster.Now);
        Assert.Equal(IpsecState.Stale, ipsec.State);
        Assert.Equal(HealthLevel.Red, ipsec.Health.Level);
        Assert.EndsWith("the SPIs have differed for longer than a rotation takes", ipsec.Health.Reason);
    }

    [Fact]
    public void Ipsec_agreement_missing_nodes_and_disabled()
    {
        List<KmeshNodeInfo> infos = FixtureInfos();
        var agreed = new List<KmeshNodeInfo> { infos[0], infos[1] };
        var two = new[] { new DaemonReadiness("kmesh-worker", true), new DaemonReadiness("kmesh-control-plane", true) };
        Assert.Equal(Health.Green("all nodes agree on SPI 2"), IpsecRules.Evaluate(agreed, two, Cluster.Now).Health);
        IpsecSummary missing = IpsecRules.Evaluate(agreed, new[] { new DaemonReadiness("kmesh-worker", true), new DaemonReadiness("kmesh-worker2", true) }, Cluster.Now);
        Assert.Equal(new[] { "kmesh-worker2" }, missing.NodesWithoutInfo);
        Assert.Equal(Health.Yellow("SPI 2 agreed; no KmeshNodeInfo from kmesh-worker2"), missing.Health);
        Assert.Equal(IpsecState.Disabled, IpsecRules.Evaluate(new List<KmeshNodeInfo>(), two, Cluster.Now).State);
    }

    [Fact]
    public void A_missing_spi_is_worded_once_and_never_zero()
    {
        // Today a KmeshNodeInfo without spec.spi was counted as "SPI 0".
        List<KmeshNodeInfo> infos = FixtureInfos();
        infos[2].Spec!.Spi = null;
        IpsecSummary ipsec = IpsecRules.Evaluate(infos, Daemons(), Cluster.Now);
        Assert.Equal(IpsecState.Agreed, ipsec.State);
        Assert.Equal(new[] { 2 }, ipsec.Spis.Select(g => g.Spi));
        Assert.Equal(new[] { "kmesh-worker2" }, ipsec.NodesWithoutSpi);
        Known<IReadOnlyList<KmeshNodeInfo>> known = Known<IReadOnlyList<KmeshNodeInfo>>.Of(infos);
        Assert.Equal(IpsecRules.NoSpi, IpsecRules.NodeSpi(known, "kmesh-worker2").Value);
        Assert.Equal("2", IpsecRules.NodeSpi(known, "kmesh-worker").Value);
        Assert.Equal(IpsecRules.NoInfo, IpsecRules.NodeSpi(known, "kmesh-worker3").Value);
        Assert.Equal(IpsecRules.Off, IpsecRules.NodeSpi(Known<IReadOnlyList<KmeshNodeInfo>>.Of(new List<KmeshNodeInfo>()), "kmesh-worker").Value);
    }

    [Fact]
    public void The_spi_of_a_node_info_already_looked_up_reads_as_the_node_scan_does()
    {
        // The Nodes list looks each node's KmeshNodeInfo up once (the last of its name) instead of scanning all per node.
        List<KmeshNodeInfo> infos = FixtureInfos();
        infos[2].Spec!.Spi = null;
        KmeshNodeInfo again = FixtureInfos()[0];
        again.Spec!.Spi = 9;
        infos.Add(again);
        Known<IReadOnlyList<KmeshNodeInfo>> known = Known<IReadOnlyList<KmeshNodeInfo>>.Of(infos);
        foreach (string node in new[] { "kmesh-control-plane", "kmesh-worker", "kmesh-worker2", "kmesh-worker3" })
        {
            KmeshNodeInfo? mine = infos.LastOrDefault(i => i.Metadata?.Name == node);
            Assert.Equal(IpsecRules.NodeSpi(known, node).Value, IpsecRules.SpiOf(known, mine).Value);
        }
        Assert.Equal("9", IpsecRules.SpiOf(known, again).Value);
        var forbidden = Known<IReadOnlyList<KmeshNodeInfo>>.Forbidden("no");
        Assert.Equal(KnownState.Forbidden, IpsecRules.SpiOf(forbidden, null).State);
    }

    [Fact]
    public void A_forbidden_node_info_list_makes_the_spi_unknown_not_off()
    {
        // Today the node page said "IPsec SPI: off" when KmeshNodeInfo could not be listed.
        var forbidden = Known<IReadOnlyList<KmeshNodeInfo>>.Forbidden("Your account may not list kmeshnodeinfos in namespace kmesh-system.");
        Known<string> spi = IpsecRules.NodeSpi(forbidden, "kmesh-worker");
        Assert.False(spi.IsKnown);
        Assert.Equal(KnownState.Forbidden, spi.State);
        Assert.Equal("Your account may not list kmeshnodeinfos in namespace kmesh-system.", spi.Reason);
        Assert.Equal(IpsecRules.CrdMissing, IpsecRules.NodeSpi(Known<IReadOnlyList<KmeshNodeInfo>>.NotInstalled("not served"), "kmesh-worker").Value);
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

    [Theory]
    [InlineData("agreed", "Agreed")]
    [InlineData("stale", "Stale")]
    [InlineData("rotating", "Rotating")]
    [InlineData("old", "Stale")]
    [InlineData("unknown-daemons", "Stale")]
    [InlineData("none", "Disabled")]
    [InlineData("no-spi", "Agreed")]
    public void The_nodes_marked_without_sorting_or_wording_are_the_nodes_the_summary_lists(string situation, string state)
    {
        string text = Compiled.ModelDriver.IpsecNodesText(situation + " 5000");
        Assert.StartsWith(state + " " + state + ";", text);
        Assert.DoesNotContain("DIFFERENT", text);
        // Each situation names some nodes, so the comparison is not of empty lists.
        Assert.Contains(situation == "none" ? "without info 0 same" : "without info ", text);
        if (situation is "stale" or "old" or "unknown-daemons") Assert.DoesNotContain("stale 0 same", text);
        if (situation is not "none" and not "unknown-daemons") Assert.DoesNotContain("without info 0 same", text);
    }
}
