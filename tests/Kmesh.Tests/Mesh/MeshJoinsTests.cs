using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Interop;
using Kmesh.Model.Mesh;
using Kmesh.Model.Shapes;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Model.Transport;
using Kmesh.Tests.Compiled;
using Kmesh.Tests.Rules;
using Xunit;

namespace Kmesh.Tests.Mesh;

/// <summary>The mesh joins over upstream-shaped dumps (the compiled leg prints the same joins; these pin the facts).</summary>
public class MeshJoinsTests
{
    private static ConfigDump Dump(string text) => ConfigDumpReader.Read(text).Value!;

    private static List<Gateway> Gateways => JsonShapes.Parse<List<Gateway>>(MeshCases.Gateways).ToList();

    private static MeshModel Fixture(List<Gateway>? gateways) => MeshJoins.Build(Dump(Fixtures.Read("dual-engine-config-dump.json")), gateways);

    [Fact]
    public void A_workload_joins_its_pod_services_and_every_policy_that_applies()
    {
        WorkloadRow reviews = Fixture(Gateways).Workloads.Single(w => w.Name == "reviews-v2-5c757d5846-ptd9c");

        Assert.Equal(new PodRef("default", "reviews-v2-5c757d5846-ptd9c"), reviews.Pod);
        Assert.Equal("kmesh-worker", reviews.Node);
        Assert.Equal(new[] { "reviews" }, reviews.Services.Select(s => s.Name));
        Assert.Equal(new[] { "default/reviews-viewer", "default/deny-other-namespaces" }, reviews.Policies.Select(p => p.Key));
        Assert.False(reviews.Healthy);
        Assert.True(reviews.Waypoint.None);
    }

    [Fact]
    public void Services_list_the_workloads_behind_them_and_their_waypoint_gateway()
    {
        ServiceRow reviews = Fixture(Gateways).Services.Single(s => s.Name == "reviews");

        Assert.Equal(new[] { "reviews-v1-5b5d6494f4-hx8pv", "reviews-v2-5c757d5846-ptd9c" }, reviews.Workloads.Select(w => w.Name));
        Assert.Equal(new WaypointLink("10.96.143.232", "default", "waypoint", true), reviews.Waypoint);
        Assert.Equal(new[] { "9080 → 9080" }, reviews.Ports);
        Assert.Equal("reviews.default.svc.cluster.local", reviews.Hostname);
    }

    [Fact]
    public void Without_the_gateway_list_the_waypoint_name_is_kept_but_marked_unverified()
    {
        ServiceRow reviews = Fixture(null).Services.Single(s => s.Name == "reviews");
        Assert.Equal(new WaypointLink("10.96.143.232", "default", "waypoint", false), reviews.Waypoint);

        ServiceRow withNoGateway = Fixture(new List<Gateway>()).Services.Single(s => s.Name == "reviews");
        Assert.False(withNoGateway.Waypoint.HasGateway);
        Assert.False(withNoGateway.Waypoint.None);
    }

    [Fact]
    public void Policies_read_as_clauses_with_cidrs_and_negations_and_know_their_workloads()
    {
        MeshModel model = Fixture(Gateways);
        PolicyRow deny = model.Policies.Single(p => p.Name == "deny-other-namespaces");

        Assert.Equal(new[] { "source namespace is none of default, istio-system AND source IP not in 10.244.0.0/16" }, deny.Rules);
        Assert.Equal(6, deny.Workloads.Count);
        Assert.DoesNotContain(deny.Workloads, w => w.Namespace == "kube-system");
        PolicyRow viewer = model.Policies.Single(p => p.Name == "reviews-viewer");
        Assert.Equal(new[] { "source principal is cluster.local/ns/default/sa/bookinfo-productpage AND destination port is 9080" }, viewer.Rules);
    }

    [Fact]
    public void Global_and_namespace_scopes_empty_rules_and_odd_values_read_precisely()
    {
        MeshModel model = MeshJoins.Build(Dump(MeshCases.Shapes), new List<Gateway>());

        Assert.Equal(new[] { "No rules: this ALLOW policy allows nothing." }, model.Policies.Single(p => p.Name == "shop-closed").Rules);
        Assert.Equal(
            new[] { "(source principal is one of spiffe://evil/*, */sa/bot OR destination port is none of 15008, 15020) AND source IP in fd00::/8", "any traffic" },
            model.Policies.Single(p => p.Name == "mesh-deny").Rules);
        Assert.Equal(new[] { "cart-0", "vm-1" }, model.Policies.Single(p => p.Name == "mesh-deny").Workloads.Select(w => w.Name));
        WorkloadRow vm = model.Workloads.Single(w => w.Name == "vm-1");
        Assert.Null(vm.Pod);
        Assert.Equal("net1/10.9.9.9", vm.Waypoint.Text);
        WorkloadRow cart = model.Workloads.Single(w => w.Name == "cart-0");
        Assert.Equal(new ServiceLink("shop/gone.shop.svc.cluster.local", "shop", "", "gone.shop.svc.cluster.local"), cart.Services[1]);
    }

    [Fact]
    public void A_hostname_waypoint_resolves_to_the_gateway_named_by_its_first_label()
    {
        string gateway = """[{"metadata":{"name":"cart-wp","namespace":"shop"},"spec":{"gatewayClassName":"istio-waypoint"}}]""";
        MeshModel model = MeshJoins.Build(Dump(MeshCases.Shapes), JsonShapes.Parse<List<Gateway>>(gateway).ToList());

        Assert.Equal(new WaypointLink("cart-wp.shop.svc.cluster.local", "shop", "cart-wp", true), model.Services.Single().Waypoint);
    }

    [Fact]
    public void Search_sort_and_paging_work_over_twenty_thousand_rows()
    {
        var rows = Enumerable.Range(0, 20000).Select(i => new WorkloadLink("uid-" + i, "team-" + (i % 40).ToString("D2"), "svc-" + i.ToString("D5"))).ToList();

        List<WorkloadLink> sorted = RowQuery.Sort(rows, r => r.Namespace, descending: true);
        List<WorkloadLink> matching = RowQuery.Filter(sorted, r => (r.Namespace + "\n" + r.Name).ToLowerInvariant(), " TEAM-07  svc-1");
        RowPage<WorkloadLink> page = RowQuery.Page(matching, rows.Count, 99);

        Assert.Equal("team-39", sorted[0].Namespace);
        Assert.Equal("svc-00039", sorted[0].Name);
        Assert.Equal(250, matching.Count);
        Assert.Equal(4, page.Page);
        Assert.Equal(5, page.PageCount);
        Assert.Equal(50, page.Rows.Count);
        Assert.All(page.Rows, r => Assert.Equal("team-07", r.Namespace));
    }

    [Fact]
    public void The_requested_daemon_comes_first_then_ready_ones_and_cluster_wide_failures_stop_the_fallback()
    {
        var daemons = Cluster.ThreeDaemons;
        daemons[2] = Cluster.DaemonPod("kmesh-tl9wm", "kmesh-worker2", ready: false, waiting: "CrashLoopBackOff");

        Assert.Equal(new[] { "kmesh-worker2", "kmesh-control-plane", "kmesh-worker" }, MeshDaemons.Order(daemons, "kmesh-worker2").Select(c => c.Node));
        Assert.Equal(new[] { "kmesh-control-plane", "kmesh-worker" }, MeshDaemons.Order(daemons, "").Select(c => c.Node));
        Assert.False(MeshDaemons.TryNextAfter(AdminFailureKind.Forbidden));
        Assert.False(MeshDaemons.TryNextAfter(AdminFailureKind.WrongMode));
        Assert.True(MeshDaemons.TryNextAfter(AdminFailureKind.ContainerNotRunning));
        Assert.True(MeshDaemons.AllKernelNative(new[] { Cluster.DaemonPod("kmesh-a", "n1", args: "./start_kmesh.sh --mode=kernel-native") }));
        Assert.False(MeshDaemons.AllKernelNative(daemons));
    }
}
