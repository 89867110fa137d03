using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

public class BpfMapsRenderTests
{
    private static Scenario OnNode(Scenario scenario, string node) => scenario.RouteParams(new JsonObject { ["node"] = node });

    [Fact]
    public void WithoutANodeNoDaemonIsContacted()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());

        RenderResult page = host.Render("kmesh-bpf-maps");

        Assert.Contains("Choose a node", page.Text);
        Assert.Empty(host.Execs);
        // Only the access review that tells a forbidden daemon list at once; no daemon is contacted.
        Assert.Equal(new[] { "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews" }, host.Requests.Select(r => r!["path"]!.GetValue<string>()));
        var picker = page.All("TextField").Single();
        Assert.Equal(new[] { "kmesh-control-plane", "kmesh-worker", "kmesh-worker2" }, picker.All("MenuItem").Select(m => m.VisibleText()));
    }

    [Fact]
    public void ChoosingANodeLoadsItsDualEngineMapsAsTabs()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());
        RenderResult first = host.Render("kmesh-bpf-maps");

        RenderResult page = host.Type(first.All("TextField").Single(), "kmesh-worker");

        var tabs = page.Single("Tabs");
        Assert.Equal(new[] { "Services", "Backends", "Endpoints", "Frontends", "Workload policies" }, tabs.Children.Where(c => c.Type == "Tab").Select(c => c.VisibleText()));
        var services = tabs.All("SimpleTable").Single();
        Assert.Equal(6, services.Rows.Count);
        Assert.Equal("10.96.143.232:15008", services.RowTexts()[0][5]);
        Assert.Contains("Read through pod exec", page.Text);
        Assert.Contains("Node kmesh-worker runs Kmesh in dual-engine mode", page.Text);
        Assert.Equal(new[] { "kmesh-b9kfm" }, host.Execs.Select(e => e!["pod"]!.GetValue<string>()).Distinct());
    }

    [Fact]
    public void SearchFiltersAndARowShowsItsJson()
    {
        var host = new PluginHost(OnNode(Clusters.HealthyDualEngine(), "kmesh-worker"));
        RenderResult page = host.Render("kmesh-bpf-maps");
        page = host.Invoke(page.Single("Tabs"), "selectTab", 1);
        var search = page.All("TextField").Single(t => t.VisibleText() == "Search");

        page = host.Type(search, "REVIEWS");

        var backends = page.Single("Tabs").All("SimpleTable").Single();
        Assert.Equal(new[] { "10.244.2.9", "10.244.1.11" }, backends.RowTexts().Select(r => r[0]));
        Assert.Contains("2 of 7 entries", page.Text);

        page = host.Invoke(backends.Rows[0][4].All("Button").Single(), "onClick");

        var dialog = page.Single("Dialog");
        Assert.Contains("\"ip\": \"10.244.2.9\"", dialog.VisibleText());
        Assert.Contains("\"services\": [\n    \"default/reviews.default.svc.cluster.local\"\n  ]", dialog.VisibleText());
    }

    [Fact]
    public void KernelNativeNodeShowsListenersClustersAndRoutesDecoded()
    {
        var host = new PluginHost(OnNode(Clusters.HealthyDualEngine("kernel-native"), "kmesh-worker"));

        RenderResult page = host.Render("kmesh-bpf-maps");

        var tabs = page.Single("Tabs");
        Assert.Equal(new[] { "Listeners", "Clusters", "Routes" }, tabs.Children.Where(c => c.Type == "Tab").Select(c => c.VisibleText()));
        var listeners = tabs.All("SimpleTable").Single().RowTexts();
        Assert.Contains(listeners, r => r[0] == "10.96.45.12_9000" && r[1] == "10.96.45.12:9000");
        Assert.Contains(listeners, r => r[0] == "0.0.0.0_9080" && r[1] == "0.0.0.0:9080");
    }
}
