using System.Linq;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

public class OverviewRenderTests
{
    [Fact]
    public void HealthyDualEngineClusterIsSummarised()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());

        RenderResult page = host.Render("kmesh-overview");

        string text = page.Text;
        Assert.Contains("Kmesh overview", text);
        Assert.Contains("3/3", text);
        Assert.Contains("dual-engine", text);
        Assert.Contains("v1.2.0", text);
        Assert.Contains("All daemons run the same version", text);
        Assert.Contains("3 managed of 3 intended", text);
        Assert.Contains("Key rotation in progress", text);
        Assert.Contains("key rotation in progress: SPI 1 on kmesh-worker2; SPI 2 on kmesh-control-plane, kmesh-worker", text);
        Assert.Contains(("success", "3/3"), page.Statuses);
        Assert.Contains(("success", "1/1"), page.Statuses);
        Assert.Contains(("warning", "Degraded"), page.Statuses);
        Assert.Contains(("warning", "Key rotation in progress"), page.Statuses);
        var enrolled = page.All("NameValueRow").Single(r => r.VisibleText().StartsWith("Enrolled namespaces"));
        Assert.Equal("Enrolled namespaces\ndefault", enrolled.VisibleText());
    }

    [Fact]
    public void RecentKmeshEventsAreListed()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());

        var events = host.Render("kmesh-overview").All("SimpleTable").Single(t => t.Header.Contains("Message"));

        Assert.Contains(events.RowTexts(), r => r.SequenceEqual(new[] { "Warning", "Pod/kmesh-b9kfm", "BackOff", "Back-off restarting failed container kmesh" }));
        Assert.Contains(events.RowTexts(), r => r[2] == "Started");
    }

    [Fact]
    public void OverviewLoadsWithListsOnlyAndNeverContactsDaemons()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());

        host.Render("kmesh-overview");

        Assert.Empty(host.Execs);
        Assert.Empty(host.Requests);
        var lists = host.Calls.Where(c => c!["hook"]?.GetValue<string>() == "useList")
            .Select(c => c!["kind"]!.GetValue<string>()).Distinct().OrderBy(k => k).ToArray();
        Assert.Equal(new[] { "Event", "Gateway", "KmeshNodeInfo", "Namespace", "Pod" }, lists);
    }

    [Fact]
    public void LinksUseRouteNames()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());

        var links = host.Render("kmesh-overview").All("Link").Select(l => l.Prop("href")).ToList();

        Assert.Contains("/c/test-cluster/kmesh/nodes", links);
        Assert.Contains("/c/test-cluster/kmesh/waypoints", links);
        Assert.Contains("/c/test-cluster/kmesh/bpf-maps", links);
    }

    [Fact]
    public void EnrollmentMismatchIsFlagged()
    {
        var scenario = Clusters.HealthyDualEngine()
            .List("Pod", Clusters.NodeNames.Select((n, i) => Clusters.DaemonPod(n, i))
                .Append(Clusters.AppPod("productpage-v1-d5789fdfb-4l8sm", "default", "kmesh-worker", managed: true))
                .Append(Clusters.AppPod("details-v1-65cfcf56f9-x2m8n", "default", "kmesh-worker", managed: false)));
        var host = new PluginHost(scenario);

        RenderResult page = host.Render("kmesh-overview");

        Assert.Contains("1 managed of 2 intended", page.Text);
        var mismatches = page.All("SimpleTable").Single(t => t.Header.Contains("Actual (annotation)"));
        var row = Assert.Single(mismatches.RowTexts());
        Assert.Equal(new[] { "default", "details-v1-65cfcf56f9-x2m8n", "yes", "no" }, row.Take(4));
    }
}
