using System;
using System.Linq;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

/// <summary>The Workloads, Services and Authorization policies views in Jint: one dump from one daemon, shared,
/// with the fallback and every failure said precisely.</summary>
public class MeshRenderTests
{
    private const string DumpPath = "/debug/config_dump/dual-engine";

    private static string[] ExecPods(PluginHost host) => host.Execs.Select(e => e!["pod"]!.GetValue<string>()).ToArray();

    private static RenderedNode Table(RenderResult page) => page.Single("Table");

    /// <summary>The TextField labelled <paramref name="label"/> (its first text; a select's items follow).</summary>
    private static RenderedNode Field(RenderResult page, string label) => page.All("TextField").Single(t => t.Children.FirstOrDefault()?.Text == label);

    private static string[] Hrefs(RenderedNode node) => node.All("Link").Select(l => l.Prop("href") ?? "").ToArray();

    [Fact]
    public void WorkloadsComeFromOneDaemonWithLinksToPodNodeServicesAndPolicies()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());

        RenderResult page = host.Render("kmesh-workloads");

        Assert.Equal(new[] { "kmesh-7dq2x" }, ExecPods(host));
        Assert.Contains("Config dump from the daemon on node kmesh-control-plane (pod kmesh-7dq2x), read through pod exec,", page.Text);
        var table = Table(page);
        Assert.Equal(new[] { "Name", "Namespace", "Workload", "Node", "Addresses", "Protocol", "Waypoint", "Services", "Status", "Policies" }, table.Header);
        Assert.Equal(7, table.Rows.Count);
        Assert.Equal(("7", "7"), (table.Prop("matching"), table.Prop("total")));
        var reviews = table.Rows.Single(r => r[0].VisibleText() == "reviews-v2-5c757d5846-ptd9c");
        Assert.Equal("/c/test-cluster/namespaces/default/pods/reviews-v2-5c757d5846-ptd9c", Hrefs(reviews[0]).Single());
        Assert.Equal("/c/test-cluster/kmesh/nodes/kmesh-worker", Hrefs(reviews[3]).Single());
        Assert.Equal("none", reviews[6].VisibleText());
        Assert.Equal("/c/test-cluster/kmesh/services?filter=reviews.default.svc.cluster.local", Hrefs(reviews[7]).Single());
        Assert.Equal("Unhealthy", reviews[8].VisibleText());
        Assert.StartsWith("2\n", reviews[9].VisibleText());
        Assert.Equal(new[] { "/c/test-cluster/kmesh/policies?filter=default%20reviews-viewer", "/c/test-cluster/kmesh/policies?filter=default%20deny-other-namespaces" }, Hrefs(reviews[9]));
    }

    [Fact]
    public void SearchSortAndTheUrlKeepTheChoice()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());
        RenderResult page = host.Render("kmesh-workloads");

        // Every term must appear somewhere in the row, in any case: "reviews" in the name, "kmesh-worker2" in the node.
        page = host.Invoke(Table(page), "search", "REVIEWS kmesh-worker2");

        Assert.Equal(new[] { "reviews-v1-5b5d6494f4-hx8pv" }, Table(page).RowTexts().Select(r => r[0]));
        Assert.Equal("/c/test-cluster/kmesh/workloads?filter=REVIEWS+kmesh-worker2", host.Navigations.Last());
        page = host.Invoke(Table(page), "search", "");
        page = host.Invoke(Table(page), "sortBy", 3);
        Assert.Equal("kmesh-control-plane", Table(page).RowTexts()[0][3]);
        page = host.Invoke(Table(page), "sortBy", 3);
        Assert.Equal("kmesh-worker2", Table(page).RowTexts()[0][3]);
        Assert.Equal("kmesh-control-plane", Table(page).RowTexts()[6][3]);
        Assert.Single(host.Execs);
    }

    [Fact]
    public void CountsSortNumericallyAndUnsortableColumnsSayNo()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());
        RenderResult page = host.Render("kmesh-services");

        page = host.Invoke(Table(page), "sortBy", 6);
        page = host.Invoke(Table(page), "sortBy", 6);

        var counts = Table(page).RowTexts().Select(r => int.Parse(new string(r[6].Where(char.IsDigit).ToArray()))).ToList();
        Assert.True(counts.Distinct().Count() > 1);
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        Assert.Contains("is not sortable", Assert.Throws<InvalidOperationException>(() => host.Invoke(Table(page), "sortBy", 3)).Message);
    }

    [Fact]
    public void TheNodeInTheUrlIsAskedAndPickingAnotherWritesTheUrl()
    {
        var scenario = Clusters.HealthyDualEngine();
        scenario.Search = "?node=kmesh-worker2&filter=ratings";
        var host = new PluginHost(scenario);

        RenderResult page = host.Render("kmesh-workloads");

        Assert.Equal(new[] { "kmesh-zt4wp" }, ExecPods(host));
        Assert.Equal(new[] { "ratings-v1-7c9bd4b87f-qwz5t" }, Table(page).RowTexts().Select(r => r[0]));
        page = host.Type(Field(page, "Ask the daemon on"), "kmesh-worker");
        Assert.Equal("/c/test-cluster/kmesh/workloads?node=kmesh-worker", host.Navigations.Last());
        Assert.Equal(new[] { "kmesh-zt4wp", "kmesh-b9kfm" }, ExecPods(host));
        Assert.Contains("daemon on node kmesh-worker (pod kmesh-b9kfm)", page.Text);
    }

    [Fact]
    public void ALinksSearchOpensOnItsRowAndTypingKeepsTheNodeInTheUrl()
    {
        var scenario = Clusters.HealthyDualEngine();
        scenario.Search = "?node=kmesh-worker&filter=ratings";
        var host = new PluginHost(scenario);
        RenderResult page = host.Render("kmesh-services");
        Assert.Equal(new[] { "ratings.default.svc.cluster.local" }, Table(page).RowTexts().Select(r => r[0]));

        page = host.Invoke(Table(page), "search", "ratin");

        Assert.Equal("/c/test-cluster/kmesh/services?node=kmesh-worker&filter=ratin", host.Navigations.Last());
        Assert.Equal(new[] { "ratings.default.svc.cluster.local" }, Table(page).RowTexts().Select(r => r[0]));
        Assert.Equal(new[] { "kmesh-b9kfm" }, ExecPods(host));
    }

    [Fact]
    public void AFailingDaemonFallsBackToTheNextReadyOneAndSaysSo()
    {
        var scenario = Clusters.HealthyDualEngine().ExecFor("kmesh-7dq2x", ExecBehaviour.ConnectionRefused);
        var host = new PluginHost(scenario);

        RenderResult page = host.Render("kmesh-workloads");

        Assert.Equal(new[] { "kmesh-7dq2x", "kmesh-b9kfm" }, ExecPods(host));
        var warning = page.All("Alert").Single(a => a.Prop("severity") == "warning");
        Assert.Contains("The daemon on kmesh-control-plane (pod kmesh-7dq2x) did not answer: The Kmesh daemon in pod kmesh-7dq2x refused the connection", warning.VisibleText());
        Assert.Contains("daemon on node kmesh-worker (pod kmesh-b9kfm)", page.Text);
        Assert.Equal(7, Table(page).Rows.Count);
    }

    [Fact]
    public void ForbiddenExecNamesThePermissionAndDoesNotTryEveryDaemon()
    {
        var scenario = Clusters.HealthyDualEngine().Deny("create pods/exec");
        scenario.Exec = ExecBehaviour.Forbidden;
        var host = new PluginHost(scenario);

        RenderResult page = host.Render("kmesh-services");

        Assert.Equal(new[] { "kmesh-7dq2x" }, ExecPods(host));
        var alert = page.All("Alert").Single();
        Assert.Equal("error", alert.Prop("severity"));
        Assert.Contains("Forbidden", alert.VisibleText());
        Assert.Contains("pods/exec", alert.VisibleText());
        Assert.Empty(page.All("Table"));
    }

    [Fact]
    public void AKernelNativeClusterIsToldTheViewNeedsDualEngineWithoutAskingAnyDaemon()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine("kernel-native"));

        RenderResult page = host.Render("kmesh-policies");

        Assert.Contains("This view needs dual-engine mode", page.Text);
        Assert.Contains("runs kernel-native mode", page.Text);
        Assert.Empty(host.Execs);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public void ADaemonAnsweringInvalidClientModeIsTheWrongModeNotAnOutage()
    {
        var scenario = Clusters.HealthyDualEngine().Admin(DumpPath, 400, "\tInvalid Client Mode\n");
        var host = new PluginHost(scenario);

        RenderResult page = host.Render("kmesh-workloads");

        Assert.Single(host.Execs);
        var alert = page.All("Alert").Single();
        Assert.Contains("This view needs dual-engine mode", alert.VisibleText());
        Assert.Contains("runs the other mode", alert.VisibleText());
    }

    [Fact]
    public void ATruncatedDumpIsMalformedOnEveryTriedDaemonWithThePlace()
    {
        string dump = Scenario.Fixture("dual-engine-config-dump.json");
        var scenario = Clusters.HealthyDualEngine().Admin(DumpPath, 200, dump.Substring(0, dump.Length / 2));
        var host = new PluginHost(scenario);

        RenderResult page = host.Render("kmesh-workloads");

        Assert.Equal(new[] { "kmesh-7dq2x", "kmesh-b9kfm", "kmesh-zt4wp" }, ExecPods(host));
        var alerts = page.All("Alert").ToList();
        Assert.Equal(3, alerts.Count);
        Assert.All(alerts, a => Assert.Contains("Malformed config dump", a.VisibleText()));
        Assert.Contains("The config dump of pod kmesh-7dq2x could not be read: UnexpectedEnd at $.workloads[", alerts[0].VisibleText());
    }

    [Fact]
    public void Version100CapitalisedKeysStillFillTheViews()
    {
        string dump = Scenario.Fixture("dual-engine-config-dump.json")
            .Replace("\n    \"workloads\":", "\n    \"Workloads\":").Replace("\n    \"services\":", "\n    \"Services\":").Replace("\n    \"policies\":", "\n    \"Policies\":");
        var host = new PluginHost(Clusters.HealthyDualEngine().Admin(DumpPath, 200, dump));

        Assert.Equal(7, Table(host.Render("kmesh-workloads")).Rows.Count);
        Assert.Equal(6, Table(host.Render("kmesh-services")).Rows.Count);
        Assert.Equal(2, Table(host.Render("kmesh-policies")).Rows.Count);
    }

    [Fact]
    public void ServicesShowPortsWaypointAndTheirWorkloadsOnDemand_AndShareTheDump()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());
        host.Render("kmesh-workloads");

        RenderResult page = host.Render("kmesh-services");

        Assert.Single(host.Execs);
        var reviews = Table(page).Rows.Single(r => r[0].VisibleText() == "reviews.default.svc.cluster.local");
        Assert.Equal("/c/test-cluster/services/default/reviews", Hrefs(reviews[1]).Single());
        Assert.Equal("10.96.88.31", reviews[2].VisibleText());
        Assert.Equal("9080 → 9080", reviews[3].VisibleText());
        Assert.Equal("/c/test-cluster/kmesh/waypoints/default/waypoint", Hrefs(reviews[4]).Single());
        Assert.Equal("Show 2 workloads", reviews[6].VisibleText());
        Assert.Empty(Hrefs(reviews[6]));

        page = host.Invoke(reviews[6].All("Button").Single(), "onClick");

        reviews = Table(page).Rows.Single(r => r[0].VisibleText() == "reviews.default.svc.cluster.local");
        Assert.Equal(new[]
        {
            "/c/test-cluster/kmesh/workloads?filter=default%20reviews-v1-5b5d6494f4-hx8pv",
            "/c/test-cluster/kmesh/workloads?filter=default%20reviews-v2-5c757d5846-ptd9c",
        }, Hrefs(reviews[6]));
    }

    [Fact]
    public void PoliciesReadAsClausesWithTheirWorkloadsAndRawJsonOnlyOnRequest()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());

        RenderResult page = host.Render("kmesh-policies");

        var deny = Table(page).Rows.Single(r => r[0].VisibleText() == "deny-other-namespaces");
        Assert.Equal("namespace", deny[2].VisibleText());
        Assert.Equal("DENY", deny[3].VisibleText());
        Assert.Equal("source namespace is none of default, istio-system AND source IP not in 10.244.0.0/16", deny[4].VisibleText());
        Assert.StartsWith("6\n", deny[5].VisibleText());
        Assert.Equal(6, Hrefs(deny[5]).Length);
        Assert.DoesNotContain("CvQAAA==", page.Text);

        page = host.Invoke(deny[6].All("Button").Single(), "onClick");

        deny = Table(page).Rows.Single(r => r[0].VisibleText() == "deny-other-namespaces");
        Assert.Contains("\"address\": \"CvQAAA==\"", deny[6].VisibleText());
        Assert.Contains("\"not_namespaces\": [", deny[6].VisibleText());
        var viewer = Table(page).Rows.Single(r => r[0].VisibleText() == "reviews-viewer");
        Assert.Equal("Show JSON", viewer[6].VisibleText());
    }

    [Theory]
    [InlineData("kmesh-workloads")]
    [InlineData("kmesh-services")]
    [InlineData("kmesh-policies")]
    public void NotInstalledAndForbiddenDaemonListsAreSaidPlainly(string route)
    {
        Assert.Contains("Kmesh is not installed in this cluster", new PluginHost(Clusters.NotInstalled()).Render(route).Text);

        var forbidden = Clusters.HealthyDualEngine().ListError("Pod", 403, "Forbidden - pods is forbidden");
        var host = new PluginHost(forbidden);
        Assert.Contains("Your account may not list pods in namespace kmesh-system", host.Render(route).Text);
        Assert.Empty(host.Execs);
    }
}
