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

    private static KmeshNodeInfo[] Infos() =>
        Clusters.Items("kmeshnodeinfo-list.json")
            .Select(i => System.Text.Json.JsonSerializer.Deserialize<KmeshNodeInfo>(i.ToJsonString())!)
            .ToArray();

    [Fact]
    public void DaemonPodsAreMergedWithTheirNodesKmeshNodeInfo()
    {
        var rows = NodeRows.Build(new[] { Pod("kmesh-worker2", 2), Pod("kmesh-control-plane", 0), Pod("kmesh-worker", 1) }, Infos());

        Assert.Equal(new[] { "kmesh-control-plane", "kmesh-worker", "kmesh-worker2" }, rows.Select(r => r.Node));
        Assert.Equal(new[] { "2", "2", "1" }, rows.Select(r => r.Spi("off")));
        Assert.Equal("172.18.0.4", rows[2].Addresses);
        Assert.Equal("10.244.2.0/24", rows[2].PodCidrs);
        Assert.All(rows, r => Assert.Equal("v1.2.0", r.Version));
        Assert.All(rows, r => Assert.Equal(HealthLevel.Green, r.Health.Level));
    }

    [Fact]
    public void WithoutIpsecTheIpsecColumnsSayOff()
    {
        var rows = NodeRows.Build(new[] { Pod("kmesh-worker", 1, mode: "kernel-native") }, System.Array.Empty<KmeshNodeInfo>());

        NodeRow row = Assert.Single(rows);
        Assert.Equal("off", row.Spi("off"));
        Assert.Equal("", row.Addresses);
        Assert.Equal("kernel-native", row.Mode);
    }

    [Fact]
    public void ACrashingDaemonIsRedWithItsReason()
    {
        var rows = NodeRows.Build(new[] { Pod("kmesh-worker", 1, ready: false) }, Infos());

        Assert.Equal(HealthLevel.Red, rows[0].Health.Level);
        Assert.Contains("CrashLoopBackOff", rows[0].Health.Reason);
    }
}
