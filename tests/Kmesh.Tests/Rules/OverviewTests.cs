using System.Collections.Generic;
using CSharpToJs.Interop;
using k8s.Models;
using Kmesh.Model.Canonical;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Xunit;

namespace Kmesh.Tests.Rules;

public class OverviewTests
{
    private static OverviewInput FixtureCluster(List<V1Pod> daemons, List<DaemonVersionObservation>? versions = null)
    {
        var pods = new List<V1Pod>(daemons)
        {
            Cluster.AppPod("productpage-v1-d5789fdfb-4l8sm"),
            Cluster.AppPod("reviews-v2-5c757d5846-ptd9c"),
            Cluster.AppPod("ratings-v1-7c9bd4b87f-qwz5t", annotations: ""),
            Cluster.AppPod("coredns-7db6d8ff4d-2xk9p", "kube-system", annotations: ""),
            Cluster.WaypointPod,
        };
        KmeshNodeInfoList infos = JsonShapes.Parse<KmeshNodeInfoList>(Fixtures.Read("kmeshnodeinfo-list.json"));
        return new OverviewInput(daemons, new List<V1Namespace> { Cluster.DefaultNamespace, Cluster.KubeSystem, Cluster.KmeshSystem }, pods,
            new List<Gateway> { JsonShapes.Parse<Gateway>(Fixtures.Read("waypoint-gateway.json")) }, new List<KmeshNodeInfo>(infos.Items!), versions);
    }

    [Fact]
    public void Fixture_cluster_summary()
    {
        OverviewSummary s = OverviewRules.Summarize(FixtureCluster(Cluster.ThreeDaemons));
        Assert.Equal((3, 3), (s.DaemonsReady, s.DaemonsTotal));
        Assert.Equal(new[] { "dual-engine" }, s.Modes);
        Assert.False(s.Versions.Skewed);
        Assert.Equal(new[] { "default" }, s.EnrolledNamespaces);
        Assert.Equal(3, s.PodsIntended);
        Assert.Equal(2, s.PodsActual);
        EnrollmentMismatch mismatch = Assert.Single(s.Mismatches);
        Assert.Equal(new EnrollmentMismatch("default", "ratings-v1-7c9bd4b87f-qwz5t", true, false, "namespace label istio.io/dataplane-mode=Kmesh"), mismatch);
        Assert.Equal((1, 1), (s.WaypointsProgrammed, s.WaypointsTotal));
        Assert.Equal(IpsecState.Rotating, s.Ipsec.State);
        Assert.Equal(HealthLevel.Yellow, s.Health.Level);
        Assert.Equal("2 warnings", s.Health.Reason);
        Assert.Equal(new[]
        {
            "1 pod's Kmesh management differs from its labels",
            "IPsec: key rotation in progress: SPI 1 on kmesh-worker2; SPI 2 on kmesh-control-plane, kmesh-worker",
        }, s.Problems);
    }

    [Fact]
    public void Crashing_daemon_and_skew_make_the_overview_red()
    {
        var daemons = new List<V1Pod>
        {
            Cluster.DaemonPod("kmesh-5xq2k", "kmesh-control-plane"),
            Cluster.DaemonPod("kmesh-8hv7d", "kmesh-worker", image: "ghcr.io/kmesh-net/kmesh:v1.1.0"),
            Cluster.DaemonPod("kmesh-tl9wm", "kmesh-worker2", ready: false, restarts: 12, waiting: "CrashLoopBackOff"),
        };
        OverviewSummary s = OverviewRules.Summarize(FixtureCluster(daemons));
        Assert.Equal((2, 3), (s.DaemonsReady, s.DaemonsTotal));
        Assert.True(s.Versions.Skewed);
        Assert.Equal(HealthLevel.Red, s.Health.Level);
        Assert.Equal("4 problems", s.Health.Reason);
        Assert.StartsWith("daemon kmesh-tl9wm: container kmesh is in CrashLoopBackOff (12 restarts)", s.Problems[0]);
        Assert.Equal("daemons run different versions: v1.1.0 (1), v1.2.0 (2)", s.Problems[1]);
    }

    [Fact]
    public void No_daemons_is_red_and_version_answers_override_image_tags()
    {
        OverviewSummary empty = OverviewRules.Summarize(new OverviewInput(new List<V1Pod>(), new List<V1Namespace>(), new List<V1Pod>(),
            new List<Gateway>(), new List<KmeshNodeInfo>(), null));
        Assert.Equal(Health.Red("no Kmesh daemon pods found in kmesh-system"), empty.Health);
        Assert.Equal(IpsecState.Disabled, empty.Ipsec.State);

        var versions = new List<DaemonVersionObservation> { new DaemonVersionObservation("kmesh-5xq2k", "kmesh-control-plane", "1.1-dev") };
        OverviewSummary s = OverviewRules.Summarize(FixtureCluster(Cluster.ThreeDaemons, versions));
        Assert.Equal("1.1-dev", Assert.Single(s.Versions.Versions).Version);
        Assert.Contains("daemons: \"3/3 ready\"", CanonicalText.Overview(s));
    }
}
