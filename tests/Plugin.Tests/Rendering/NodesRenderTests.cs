using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

public class NodesRenderTests
{
    [Fact]
    public void OneRowPerNodeMergedWithKmeshNodeInfo()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());

        var table = host.Render("kmesh-nodes").Single("Table");

        Assert.Equal(new[] { "Node", "Daemon pod", "Status", "Version", "Mode", "IPsec SPI", "Addresses", "Pod CIDRs", "Age" }, table.Header);
        var rows = table.RowTexts();
        Assert.Equal(new[] { "kmesh-control-plane", "kmesh-7dq2x", "Ready", "v1.2.0", "dual-engine", "2", "172.18.0.2", "10.244.0.0/24", "2025-12-03T09:13:40Z" }, rows[0]);
        Assert.Equal(new[] { "kmesh-worker2", "kmesh-zt4wp", "Ready", "v1.2.0", "dual-engine", "1", "172.18.0.4", "10.244.2.0/24", rows[2][8] }, rows[2]);
        // Headlamp's DateLabel draws the creation time (relative, the full time on hover).
        Assert.Equal("2025-12-03T09:13:40Z", table.Rows[0][8].All("DateLabel").Single().VisibleText());
        var nodeLink = table.Rows[0][0].All("Link").Single();
        Assert.Equal("/c/test-cluster/kmesh/nodes/kmesh-control-plane", nodeLink.Prop("href"));
        var podLink = table.Rows[0][1].All("Link").Single();
        Assert.Equal("pod", podLink.Prop("routeName"));
    }

    [Fact]
    public void UnhealthyDaemonGetsARedBadgeWithItsReason()
    {
        var scenario = Clusters.HealthyDualEngine()
            .List("Pod", new[] { Clusters.DaemonPod("kmesh-control-plane", 0), Clusters.DaemonPod("kmesh-worker", 1, ready: false, restarts: 7) });
        var host = new PluginHost(scenario);

        var table = host.Render("kmesh-nodes").Single("Table");

        var status = table.Rows[1][2];
        Assert.Equal("error", status.All("StatusLabel").Single().Prop("status"));
        Assert.Contains("CrashLoopBackOff", status.All("Tooltip").Single().Prop("title"));
        Assert.Equal("success", table.Rows[0][2].All("StatusLabel").Single().Prop("status"));
    }

    [Fact]
    public void OlderHeadlampListArraysGiveTheSameRows()
    {
        var modern = new PluginHost(Clusters.HealthyDualEngine()).Render("kmesh-nodes").Single("Table").RowTexts();
        var scenario = Clusters.HealthyDualEngine();
        scenario.ListStyle = "array";

        var legacy = new PluginHost(scenario).Render("kmesh-nodes").Single("Table").RowTexts();

        Assert.Equal(modern, legacy);
    }

    [Fact]
    public void NodeDetailShowsTheDaemonsOwnVersionThroughExecOnlyForThatNode()
    {
        var scenario = Clusters.HealthyDualEngine().RouteParams(new JsonObject { ["name"] = "kmesh-worker" });
        var host = new PluginHost(scenario);

        RenderResult page = host.Render("kmesh-node");

        string text = page.Text;
        Assert.Contains("Kmesh node kmesh-worker", text);
        Assert.Contains("4c9e2b7d1a0f53e8b6d2c7a9f1e0b3d5c8a7f6e2", text);
        Assert.Contains("pod exec", text);
        Assert.Equal(new[] { "kmesh-b9kfm" }, host.Execs.Select(e => e!["pod"]!.GetValue<string>()).Distinct());
        Assert.Single(page.All("ViewButton"));
        Assert.Single(page.All("ObjectEventList"));
        Assert.Equal("/c/test-cluster/kmesh/bpf-maps/kmesh-worker", page.All("Link").Single(l => l.VisibleText().Contains("eBPF")).Prop("href"));
    }

    [Fact]
    public void NodeWithoutDaemonSaysSo()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine().RouteParams(new JsonObject { ["name"] = "gpu-node-7" }));

        Assert.Contains("No Kmesh daemon runs on this node.", host.Render("kmesh-node").Text);
    }
}
