using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

public class KernelNativeRenderTests
{
    /// <summary>The config's read-back with the first listener missing, a cluster left behind and no routes.</summary>
    private static string DriftedReadBack()
    {
        JsonObject root = JsonNode.Parse(Scenario.Fixture("kernel-native-config-dump.json"))!.AsObject();
        JsonObject resources = root["dynamicResources"]!.AsObject();
        resources["listenerConfigs"]!.AsArray().RemoveAt(0);
        resources["clusterConfigs"]!.AsArray().Add(new JsonObject { ["name"] = "outbound|9080||legacy.default.svc.cluster.local", ["id"] = 99, ["apiStatus"] = "DELETE" });
        resources.Remove("routeConfigs");
        return root.ToJsonString();
    }

    [Fact]
    public void TheComparisonFlagsEntriesMissingFromBpfAndLeftInBpf()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine("kernel-native")
            .Admin("/debug/config_dump/bpf/kernel-native", 200, DriftedReadBack())
            .RouteParams(new JsonObject { ["node"] = "kmesh-worker" }));

        RenderResult page = host.Render("kmesh-kernel-native");

        Assert.Contains("2 entries differ between the config and BPF.", page.Text);
        var tabs = page.Single("Tabs");
        Assert.Equal(new[] { "Listeners (1)", "Clusters (1)", "Routes" }, tabs.Children.Where(c => c.Type == "Tab").Select(c => c.VisibleText()));
        var listeners = tabs.All("SimpleTable").Single().RowTexts();
        Assert.Equal(new[] { "0.0.0.0_9080", "missing from BPF" }, listeners[0].Take(2));
        Assert.Contains("address 0.0.0.0:9080", listeners[0][2]);
        Assert.Contains(page.Statuses, s => s.Status == "error" && s.Label == "missing from BPF");

        page = host.Invoke(tabs, "selectTab", 1);
        var clusters = page.Single("Tabs").All("SimpleTable").Single().RowTexts();
        Assert.Equal(new[] { "outbound|9080||legacy.default.svc.cluster.local", "only in BPF" }, clusters[0].Take(2));

        page = host.Invoke(page.Single("Tabs"), "selectTab", 2);
        Assert.Contains("does not read routes back from BPF", page.Text);
        Assert.Equal(new[] { "kmesh-b9kfm" }, host.Execs.Select(e => e!["pod"]!.GetValue<string>()).Distinct());
    }

    [Fact]
    public void ThePickerOffersTheKernelNativeNodesFromTheNodeNamesAndOnlyTheChosenNodesDaemonIsListed()
    {
        var pods = new[] { Clusters.DaemonPod("kmesh-control-plane", 0), Clusters.DaemonPod("kmesh-worker", 1, "kernel-native"), Clusters.DaemonPod("kmesh-worker2", 2, "ads") };
        var host = new PluginHost(Clusters.HealthyDualEngine().List("Pod", pods).RouteParams(new JsonObject { ["node"] = "kmesh-worker" }));

        RenderResult page = host.Render("kmesh-kernel-native");

        Assert.Equal(new[] { "kmesh-worker", "kmesh-worker2" }, page.All("TextField").Single().All("MenuItem").Select(m => m.VisibleText()));
        Assert.Contains("/api/v1/namespaces/kmesh-system/pods?labelSelector=app%3Dkmesh&limit=500", host.Requests.Select(r => r!["path"]!.GetValue<string>()));
        var podLists = host.Calls.Where(c => c!["hook"]?.GetValue<string>() == "useList" && c["kind"]!.GetValue<string>() == "Pod").ToList();
        Assert.NotEmpty(podLists);
        Assert.All(podLists, c => Assert.Equal("spec.nodeName=kmesh-worker", c!["fieldSelector"]!.GetValue<string>()));
        Assert.Equal(new[] { "kmesh-b9kfm" }, host.Execs.Select(e => e!["pod"]!.GetValue<string>()).Distinct());
    }

    [Fact]
    public void ADualEngineClusterSaysTheComparisonDoesNotApply()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());

        RenderResult page = host.Render("kmesh-kernel-native");

        Assert.Contains("No daemon in this cluster runs in kernel-native mode", page.Text);
        Assert.Empty(host.Execs);
    }
}
