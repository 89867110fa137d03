using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Interop;
using k8s.Models;
using Kmesh.Model.Canonical;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Xunit;

namespace Kmesh.Tests.Rules;

public class OverviewTests
{
    private static Known<IReadOnlyList<T>> K<T>(IReadOnlyList<T> items) => Known<IReadOnlyList<T>>.Of(items);

    private static List<V1Pod> AppPods() => new List<V1Pod>
    {
        Cluster.AppPod("productpage-v1-d5789fdfb-4l8sm"),
        Cluster.AppPod("reviews-v2-5c757d5846-ptd9c"),
        Cluster.AppPod("ratings-v1-7c9bd4b87f-qwz5t", annotations: ""),
        Cluster.AppPod("coredns-7db6d8ff4d-2xk9p", "kube-system", annotations: ""),
        Cluster.WaypointPod,
    };

    private static OverviewInput FixtureCluster(List<V1Pod> daemons, List<DaemonVersionObservation>? versions = null, System.DateTime? now = null)
    {
        var pods = new List<V1Pod>(daemons);
        pods.AddRange(AppPods());
        KmeshNodeInfoList infos = JsonShapes.Parse<KmeshNodeInfoList>(Fixtures.Read("kmeshnodeinfo-list.json"));
        return new OverviewInput(K<V1Pod>(daemons), K<V1Namespace>(new List<V1Namespace> { Cluster.DefaultNamespace, Cluster.KubeSystem, Cluster.KmeshSystem }),
            K<V1Pod>(pods), K<Gateway>(new List<Gateway> { JsonShapes.Parse<Gateway>(Fixtures.Read("waypoint-gateway.json")) }),
            K<KmeshNodeInfo>(new List<KmeshNodeInfo>(infos.Items!)), versions, now ?? Cluster.Now);
    }

    [Fact]
    public void Fixture_cluster_summary()
    {
        OverviewSummary s = OverviewRules.Summarize(FixtureCluster(Cluster.ThreeDaemons));
        Assert.Equal((3, 3), (s.DaemonsReady.Value, s.DaemonsTotal.Value));
        Assert.Equal(new[] { "dual-engine" }, s.Modes);
        Assert.False(s.Versions.Skewed);
        Assert.Equal(new[] { "default" }, s.EnrolledNamespaces.Value);
        Assert.Equal(3, s.PodsIntended.Value);
        Assert.Equal(2, s.PodsActual.Value);
        EnrollmentMismatch mismatch = Assert.Single(s.Mismatches);
        Assert.Equal("ratings-v1-7c9bd4b87f-qwz5t", mismatch.Pod);
        Assert.Equal((1, 1), (s.WaypointsProgrammed.Value, s.WaypointsTotal.Value));
        // The SPIs have differed for a week: not a rotation.
        Assert.Equal(IpsecState.Stale, s.Ipsec.Value!.State);
        Assert.Empty(s.UnknownSources);
        Assert.Equal(new[] { ProblemKind.StaleKey, ProblemKind.Enrollment }, s.Groups.Select(g => g.Kind));
        Assert.Equal(new ProblemItem("kmesh-worker2", "stale IPsec key (SPI 1)"), Assert.Single(s.Groups[0].Items));
        Assert.Equal("stale-key", s.Groups[0].Filter);
        Assert.Equal(HealthLevel.Red, s.Health.Level);
        Assert.Equal("node kmesh-worker2: stale IPsec key (SPI 1), and 1 more kinds of problem", s.Health.Reason);
    }

    [Fact]
    public void An_enrolled_but_unmanaged_pod_says_why_it_is_not_managed()
    {
        // Today the reason was "namespace label istio.io/dataplane-mode=Kmesh": why it should be managed.
        OverviewSummary healthy = OverviewRules.Summarize(FixtureCluster(Cluster.ThreeDaemons));
        Assert.Equal("not managed: the Kmesh daemon on node kmesh-worker is ready but has not annotated the pod kmesh.net/redirection=enabled "
            + "(it should, by namespace label istio.io/dataplane-mode=Kmesh)", healthy.Mismatches[0].Reason);

        var daemons = new List<V1Pod>
        {
            Cluster.DaemonPod("kmesh-5xq2k", "kmesh-control-plane"),
            Cluster.DaemonPod("kmesh-8hv7d", "kmesh-worker", ready: false, restarts: 4, waiting: "CrashLoopBackOff"),
            Cluster.DaemonPod("kmesh-tl9wm", "kmesh-worker2"),
        };
        OverviewSummary crashing = OverviewRules.Summarize(FixtureCluster(daemons));
        Assert.StartsWith("not managed: the Kmesh daemon on its node kmesh-worker is not ready (container kmesh is in CrashLoopBackOff", crashing.Mismatches[0].Reason);
    }

    [Fact]
    public void Crash_looping_daemons_come_first_named_by_node_and_old_restarts_are_no_problem()
    {
        // Today: "daemon kmesh-...: ready, but restarted (1 restart)" for every old restart, in input order, naming pods.
        var daemons = new List<V1Pod>
        {
            Cluster.DaemonPod("kmesh-5xq2k", "kmesh-control-plane", restarts: 1, lastFinished: "2025-11-02T07:00:00Z"),
            Cluster.DaemonPod("kmesh-aaaaa", "kmesh-worker3", ready: false),
            Cluster.DaemonPod("kmesh-8hv7d", "kmesh-worker", image: "ghcr.io/kmesh-net/kmesh:v1.1.0", restarts: 2, lastFinished: "2025-12-10T08:55:00Z"),
            Cluster.DaemonPod("kmesh-tl9wm", "kmesh-worker2", ready: false, restarts: 12, waiting: "CrashLoopBackOff"),
        };
        OverviewSummary s = OverviewRules.Summarize(FixtureCluster(daemons));
        Assert.Equal((2, 4), (s.DaemonsReady.Value, s.DaemonsTotal.Value));
        Assert.Equal(ProblemKind.CrashLoop, s.Groups[0].Kind);
        Assert.Equal("Daemons crash-looping", s.Groups[0].Title);
        Assert.Equal("crash-loop", s.Groups[0].Filter);
        ProblemItem crash = Assert.Single(s.Groups[0].Items);
        Assert.Equal("kmesh-worker2", crash.Node);
        Assert.StartsWith("container kmesh is in CrashLoopBackOff (12 restarts)", crash.Text);
        Assert.Equal(HealthLevel.Red, s.Health.Level);
        Assert.DoesNotContain(s.Groups.SelectMany(g => g.Items), i => i.Node == "kmesh-control-plane");
        ProblemGroup restarted = s.Groups.Single(g => g.Kind == ProblemKind.RecentRestart);
        Assert.Equal("kmesh-worker", Assert.Single(restarted.Items).Node);
        Assert.Equal(new ProblemItem("kmesh-worker", "runs v1.1.0 (most daemons run v1.2.0)"), s.Groups.Single(g => g.Kind == ProblemKind.VersionSkew).Items.Single());
        Assert.Equal("version-v1.1.0", s.Groups.Single(g => g.Kind == ProblemKind.VersionSkew).Filter);
        // Worst first: every red group before every yellow one.
        List<HealthLevel> levels = s.Groups.Select(g => g.Level).ToList();
        Assert.Equal(levels.OrderByDescending(l => l), levels);
    }

    [Fact]
    public void Thousands_of_daemons_group_into_a_few_counted_kinds()
    {
        var daemons = new List<V1Pod>();
        for (int i = 0; i < 2000; i++)
        {
            string node = $"node-{i:D4}";
            daemons.Add(i % 700 == 13
                ? Cluster.DaemonPod($"kmesh-{i:D4}", node, ready: false, restarts: 30, waiting: "CrashLoopBackOff")
                : Cluster.DaemonPod($"kmesh-{i:D4}", node, restarts: 1, lastFinished: "2025-12-01T00:00:00Z"));
        }
        var input = new OverviewInput(K<V1Pod>(daemons), K<V1Namespace>(new List<V1Namespace>()), K<V1Pod>(daemons), K<Gateway>(new List<Gateway>()),
            K<KmeshNodeInfo>(new List<KmeshNodeInfo>()), null, Cluster.Now);
        OverviewSummary s = OverviewRules.Summarize(input);
        ProblemGroup only = Assert.Single(s.Groups);
        Assert.Equal(new[] { "node-0013", "node-0713", "node-1413" }, only.Items.Select(i => i.Node));
    }

    [Fact]
    public void Forbidden_pods_leave_everything_else_known_and_never_say_healthy()
    {
        var forbidden = Known<IReadOnlyList<V1Pod>>.Forbidden("Your account may not list pods in namespace kmesh-system.");
        KmeshNodeInfoList infos = JsonShapes.Parse<KmeshNodeInfoList>(Fixtures.Read("kmeshnodeinfo-list.json"));
        var agreed = new List<KmeshNodeInfo> { infos.Items![0], infos.Items[1] };
        var input = new OverviewInput(forbidden, K<V1Namespace>(new List<V1Namespace> { Cluster.DefaultNamespace }), forbidden,
            K<Gateway>(new List<Gateway> { JsonShapes.Parse<Gateway>(Fixtures.Read("waypoint-gateway.json")) }), K<KmeshNodeInfo>(agreed), null, Cluster.Now);
        OverviewSummary s = OverviewRules.Summarize(input);
        Assert.Equal(KnownState.Forbidden, s.DaemonsTotal.State);
        Assert.Equal(KnownState.Forbidden, s.PodsIntended.State);
        Assert.Equal(new[] { "default" }, s.EnrolledNamespaces.Value);
        Assert.Equal(1, s.WaypointsTotal.Value);
        Assert.Equal(IpsecState.Agreed, s.Ipsec.Value!.State);
        Assert.Empty(s.Groups);
        Assert.Equal(HealthLevel.Yellow, s.Health.Level);
        Assert.StartsWith("no problem found in what could be read; not known: daemon pods: Your account may not list pods", s.Health.Reason);
    }

    [Fact]
    public void Forbidden_node_infos_make_ipsec_unknown_not_healthy()
    {
        OverviewInput input = FixtureCluster(Cluster.ThreeDaemons) with
        {
            NodeInfos = Known<IReadOnlyList<KmeshNodeInfo>>.Forbidden("Your account may not list kmeshnodeinfos in namespace kmesh-system."),
        };
        OverviewSummary s = OverviewRules.Summarize(input);
        Assert.Equal(KnownState.Forbidden, s.Ipsec.State);
        Assert.NotEqual(HealthLevel.Green, s.Health.Level);
        Assert.Contains("KmeshNodeInfos: Your account may not list kmeshnodeinfos", Assert.Single(s.UnknownSources));
    }

    [Fact]
    public void No_daemons_is_red_and_version_answers_override_image_tags()
    {
        var none = new List<V1Pod>();
        OverviewSummary empty = OverviewRules.Summarize(new OverviewInput(K<V1Pod>(none), K<V1Namespace>(new List<V1Namespace>()), K<V1Pod>(none),
            K<Gateway>(new List<Gateway>()), K<KmeshNodeInfo>(new List<KmeshNodeInfo>()), null, Cluster.Now));
        Assert.Equal(Health.Red("no Kmesh daemon pods found in kmesh-system"), empty.Health);
        Assert.Equal(IpsecState.Disabled, empty.Ipsec.Value!.State);

        var versions = new List<DaemonVersionObservation> { new DaemonVersionObservation("kmesh-5xq2k", "kmesh-control-plane", "1.1-dev") };
        OverviewSummary s = OverviewRules.Summarize(FixtureCluster(Cluster.ThreeDaemons, versions));
        Assert.Equal("1.1-dev", Assert.Single(s.Versions.Versions).Version);
        Assert.Contains("daemons: \"3/3 ready\"", CanonicalText.Overview(s));
    }
}
