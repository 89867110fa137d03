using System.Collections.Generic;
using System.Linq;
using k8s;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Tests.Harness;
using Kmesh.Plugin.Views.Nodes;
using Xunit;

namespace Kmesh.Plugin.Tests.ViewModels;

public class NodeRowsTests
{
    private static V1Pod Pod(string node, int index, bool ready = true, string mode = "dual-engine") =>
        KubernetesJson.Deserialize<V1Pod>(Clusters.DaemonPod(node, index, mode, ready).ToJsonString());

    private static readonly System.DateTime Now = new(2025, 12, 10, 9, 0, 0, System.DateTimeKind.Utc);

    private static Known<IReadOnlyList<KmeshNodeInfo>> Infos() => Known<IReadOnlyList<KmeshNodeInfo>>.Of(
        Clusters.Items("kmeshnodeinfo-list.json")
            .Select(i => System.Text.Json.JsonSerializer.Deserialize<KmeshNodeInfo>(i.ToJsonString())!)
            .ToList());

    [Fact]
    public void DaemonPodsAreMergedWithTheirNodesKmeshNodeInfo()
    {
        var rows = NodeRows.Build(new[] { Pod("kmesh-worker2", 2), Pod("kmesh-control-plane", 0), Pod("kmesh-worker", 1) }, Infos(), Now);

        Assert.Equal(new[] { "kmesh-control-plane", "kmesh-worker", "kmesh-worker2" }, rows.Select(r => r.Node));
        Assert.Equal(new[] { "2", "2", "1" }, rows.Select(r => r.Spi.Value));
        Assert.Equal("172.18.0.4", rows[2].Addresses.Value);
        Assert.Equal("10.244.2.0/24", rows[2].PodCidrs.Value);
        // kmesh-worker2 has lagged on SPI 1 for a week: a stale key, selected by the Overview's link.
        Assert.Equal(new[] { "kmesh-worker2" }, NodeRows.Filter(rows, "stale-key").Select(r => r.Node));
        Assert.All(rows, r => Assert.Equal("v1.2.0", r.Version));
        Assert.All(rows, r => Assert.Equal(HealthLevel.Green, r.Health.Level));
    }

    [Fact]
    public void WithoutIpsecTheIpsecColumnsSayOff()
    {
        var rows = NodeRows.Build(new[] { Pod("kmesh-worker", 1, mode: "kernel-native") }, Known<IReadOnlyList<KmeshNodeInfo>>.Of(new List<KmeshNodeInfo>()), Now);

        NodeRow row = Assert.Single(rows);
        Assert.Equal("IPsec off", row.Spi.Value);
        Assert.Equal("", row.Addresses.Value);
        Assert.Equal("kernel-native", row.Mode);
    }

    [Fact]
    public void ACrashingDaemonIsRedWithItsReason()
    {
        var rows = NodeRows.Build(new[] { Pod("kmesh-worker", 1, ready: false) }, Infos(), Now);

        Assert.Equal(HealthLevel.Red, rows[0].Health.Level);
        Assert.Contains("CrashLoopBackOff", rows[0].Health.Reason);
        Assert.Equal(new[] { "kmesh-worker" }, NodeRows.Filter(rows, "crash-loop").Select(r => r.Node));
        Assert.Empty(NodeRows.Filter(rows, "not-ready"));
    }

    [Fact]
    public void AReadyDaemonWithAnOldRestartIsReady()
    {
        var json = Clusters.DaemonPod("kmesh-worker", 1, restarts: 3);
        json["status"]!["containerStatuses"]![0]!["lastState"] = new System.Text.Json.Nodes.JsonObject
        {
            ["terminated"] = new System.Text.Json.Nodes.JsonObject { ["exitCode"] = 1, ["reason"] = "Error", ["finishedAt"] = "2025-11-02T08:00:00Z" },
        };
        NodeRow row = Assert.Single(NodeRows.Build(new[] { KubernetesJson.Deserialize<V1Pod>(json.ToJsonString()) }, Infos(), Now));

        Assert.True(row.Status.Ready);
        Assert.Equal(HealthLevel.Green, row.Health.Level);
        Assert.Empty(NodeRows.Filter(row is null ? new() : new() { row }, "restarted"));
    }

    [Fact]
    public void ForbiddenNodeInfosLeaveTheSpiUnknown()
    {
        var forbidden = Known<IReadOnlyList<KmeshNodeInfo>>.Forbidden("Your account may not list kmeshnodeinfos in namespace kmesh-system.");
        NodeRow row = Assert.Single(NodeRows.Build(new[] { Pod("kmesh-worker", 1) }, forbidden, Now));

        Assert.Equal(KnownState.Forbidden, row.Spi.State);
        Assert.Equal(KnownState.Forbidden, row.Addresses.State);
    }
}
