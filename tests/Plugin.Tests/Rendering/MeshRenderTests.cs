using System;
using System.Collections.Generic;
using System.Linq;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

/// <summary>The Workloads, Services and Authorization policies views in Jint: one dump from one daemon, shared,
/// with the fallback and every failure said precisely.</summary>
public class MeshRenderTests
{
    private const string DumpPath = "/debug/config_dump/dual-engine";

    /// <summary>Sampling runs on a 10 s timer; settling never runs the clock, so each test sees the first sample only.</summary>
    private static PluginHost Host(Scenario scenario) => new(scenario) { TimerWindowMs = 0 };

    private static bool ReadsMetrics(System.Text.Json.Nodes.JsonNode? exec) =>
        string.Join(" ", exec!["command"]!.AsArray().Select(a => a!.GetValue<string>())).Contains(":15020");

    /// <summary>The daemons asked for the config dump (by exec, the harness's working route).</summary>
    private static string[] ExecPods(PluginHost host) => host.Execs.Where(e => !ReadsMetrics(e)).Select(e => e!["pod"]!.GetValue<string>()).ToArray();

    /// <summary>Every read of a daemon's metrics page: "proxy pod" or "exec pod", in order.</summary>
    private static string[] MetricsReads(PluginHost host) =>
        host.Requests.Select(r => r!["path"]!.GetValue<string>()).Where(p => p.EndsWith(":15020/proxy/status/metric"))
            .Select(p => "proxy " + p.Split('/')[6].Split(':')[0])
            .Concat(host.Execs.Where(ReadsMetrics).Select(e => "exec " + e!["pod"]!.GetValue<string>())).ToArray();

    private static RenderedNode Table(RenderResult page) => page.Single("Table");

    /// <summary>The TextField labelled <paramref name="label"/> (its first text; a select's items follow).</summary>
    private static RenderedNode Field(RenderResult page, string label) => page.All("TextField").Single(t => t.Children.FirstOrDefault()?.Text == label);

    private static string[] Hrefs(RenderedNode node) => node.All("Link").Select(l => l.Prop("href") ?? "").ToArray();

    [Fact]
    public void WorkloadsComeFromOneDaemonWithLinksToPodNodeServicesAndPolicies()
    {
        var host = Host(Clusters.HealthyDualEngine());

        RenderResult page = host.Render("kmesh-workloads");

        Assert.Equal(new[] { "kmesh-7dq2x" }, ExecPods(host));
        Assert.Contains("Config dump from the daemon on node kmesh-control-plane (pod kmesh-7dq2x), read through pod exec,", page.Text);
        var table = Table(page);
        Assert.Equal(new[] { "Name", "Namespace", "Workload", "Node", "Addresses", "Protocol", "Waypoint", "Services", "Status", "Policies", "Traffic" }, table.Header);
        // The one daemon that gave the dump is also the one whose metrics are sampled (its proxy fails here, so exec).
        Assert.Equal(new[] { "proxy kmesh-7dq2x", "exec kmesh-7dq2x" }, MetricsReads(host));
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
        var host = Host(Clusters.HealthyDualEngine());
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
        Assert.Single(ExecPods(host));
        Assert.Equal(new[] { "proxy kmesh-7dq2x", "exec kmesh-7dq2x" }, MetricsReads(host)); // typing reads nothing
    }

    [Fact]
    public void ColumnFiltersOfferTheRowsValuesAndKeepOnlyTheChosenOnes()
    {
        var host = Host(Clusters.HealthyDualEngine());
        RenderResult page = host.Render("kmesh-workloads");
        var options = Table(page).Props["filterOptions"]!.AsObject();

        // Namespace, node, protocol, waypoint and status filter; names, addresses and counts do not.
        Assert.Equal(new[] { "Namespace", "Node", "Protocol", "Waypoint", "Status" }, options.Select(o => o.Key));
        var nodes = options["Node"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(Table(page).RowTexts().Select(r => r[3]).Distinct().OrderBy(n => n, StringComparer.Ordinal), nodes);

        page = host.Invoke(Table(page), "filterColumn", 3, new[] { "kmesh-worker2" });
        var shown = Table(page).RowTexts();
        Assert.NotEmpty(shown);
        Assert.All(shown, r => Assert.Equal("kmesh-worker2", r[3]));
        Assert.Equal(shown.Count.ToString(), Table(page).Prop("matching"));

        // Two choices in one column keep either; a second column narrows further.
        page = host.Invoke(Table(page), "filterColumn", 3, new[] { "kmesh-worker", "kmesh-worker2" });
        Assert.All(Table(page).RowTexts(), r => Assert.Contains(r[3], new[] { "kmesh-worker", "kmesh-worker2" }));
        Assert.Throws<InvalidOperationException>(() => host.Invoke(Table(page), "filterColumn", 0, new[] { "x" }));
        page = host.Invoke(Table(page), "filterColumn", 3, new string[0]);
        Assert.Equal("7", Table(page).Prop("matching"));
    }

    [Theory]
    [InlineData("kmesh-workloads", 11)]
    [InlineData("kmesh-services", 8)]
    public void WideListsGiveEachColumnAWidthSoTheTrafficColumnIsNotSqueezed(string route, int columns)
    {
        RenderResult page = Host(Clusters.HealthyDualEngine()).Render(route);
        string[] tracks = Tracks(Table(page).Prop("gridTemplateColumns")!);

        Assert.Equal(columns, tracks.Length);
        // No column left at Headlamp's default share (1fr each squeezes the last column to a character's width).
        Assert.DoesNotContain("1fr", tracks);
        Assert.Equal("minmax(200px, 1.5fr)", tracks[^1]);
    }

    /// <summary>The grid tracks of a grid-template-columns value (spaces inside minmax(...) do not split).</summary>
    private static string[] Tracks(string template)
    {
        var tracks = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < template.Length; i++)
        {
            if (template[i] == '(') depth++;
            else if (template[i] == ')') depth--;
            else if (template[i] == ' ' && depth == 0) { tracks.Add(template[start..i]); start = i + 1; }
        }
        tracks.Add(template[start..]);
        return tracks.ToArray();
    }

    [Fact]
    public void CountsSortNumericallyAndUnsortableColumnsSayNo()
    {
        var host = Host(Clusters.HealthyDualEngine());
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
        var host = Host(scenario);

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
        var host = Host(scenario);
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
        var host = Host(scenario);

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
        var host = Host(scenario);

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
        var host = Host(Clusters.HealthyDualEngine("kernel-native"));

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
        var host = Host(scenario);

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
        var host = Host(scenario);

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
        var host = Host(Clusters.HealthyDualEngine().Admin(DumpPath, 200, dump));

        Assert.Equal(7, Table(host.Render("kmesh-workloads")).Rows.Count);
        Assert.Equal(6, Table(host.Render("kmesh-services")).Rows.Count);
        Assert.Equal(2, Table(host.Render("kmesh-policies")).Rows.Count);
    }

    [Fact]
    public void ServicesShowPortsWaypointAndTheirWorkloadsOnDemand_AndShareTheDump()
    {
        var host = Host(Clusters.HealthyDualEngine());
        host.Render("kmesh-workloads");

        RenderResult page = host.Render("kmesh-services");

        Assert.Single(ExecPods(host));
        // The dump is shared; each view samples the metrics of the daemon that gave it once on opening.
        Assert.Equal(new[] { "proxy kmesh-7dq2x", "proxy kmesh-7dq2x", "exec kmesh-7dq2x", "exec kmesh-7dq2x" }, MetricsReads(host));
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
        var host = Host(Clusters.HealthyDualEngine());

        RenderResult page = host.Render("kmesh-policies");

        var deny = Table(page).Rows.Single(r => r[0].VisibleText() == "deny-other-namespaces");
        Assert.Equal("namespace", deny[2].VisibleText());
        Assert.Equal("DENY", deny[3].VisibleText());
        Assert.Equal("source namespace is none of default, istio-system AND source IP not in 10.244.0.0/16", deny[4].VisibleText());
        // The workloads stay one line (a count) until asked for, then each is a link.
        Assert.Equal("Show 6 workloads", deny[5].VisibleText());
        Assert.Empty(Hrefs(deny[5]));
        page = host.Invoke(deny[5].All("Button").Single(), "onClick");
        deny = Table(page).Rows.Single(r => r[0].VisibleText() == "deny-other-namespaces");
        Assert.StartsWith("Hide 6 workloads\n", deny[5].VisibleText());
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
        Assert.Contains("Kmesh is not installed in this cluster", Host(Clusters.NotInstalled()).Render(route).Text);

        var forbidden = Clusters.HealthyDualEngine().ListError("Pod", 403, "Forbidden - pods is forbidden");
        var host = Host(forbidden);
        Assert.Contains("Your account may not list pods in namespace kmesh-system", host.Render(route).Text);
        Assert.Empty(host.Execs);
    }

    private static string MetricsPath(string pod) => $"/api/v1/namespaces/kmesh-system/pods/{pod}:15020/proxy/status/metric";

    private static string Grow(string page, double factor) => string.Join("\n", page.Split('\n').Select(line =>
    {
        int space = line.LastIndexOf(' ');
        if (line.Length == 0 || line[0] == '#' || space < 0) return line;
        double value = double.Parse(line[(space + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return line[..(space + 1)] + System.Math.Round(value * factor).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
    }));

    private static IReadOnlyList<RenderedNode> Row(RenderResult page, string first) => Table(page).Rows.Single(r => r[0].VisibleText().StartsWith(first));

    private static RenderedNode Details(RenderResult page) => page.All("SectionBox").Single(s => (s.Children.FirstOrDefault()?.Text ?? "").StartsWith("Workload ") || (s.Children.FirstOrDefault()?.Text ?? "").StartsWith("Service "));

    [Fact]
    public void WorkloadRowsShowTheSampledNodesTrafficAndOpeningOneOnAnotherNodeReadsOnlyThatDaemon()
    {
        string metrics = Scenario.Fixture("metrics.prom");
        var scenario = Clusters.HealthyDualEngine().RequestSequence(MetricsPath("kmesh-b9kfm"), (200, metrics), (200, Grow(metrics, 1.5)));
        scenario.Search = "?node=kmesh-worker";
        var host = Host(scenario);

        RenderResult page = host.Render("kmesh-workloads");

        Assert.Equal(new[] { "proxy kmesh-b9kfm" }, MetricsReads(host));
        Assert.Equal("Traffic", Table(page).Header.Last());
        Assert.Contains("only workloads on node kmesh-worker are sampled", page.Text);
        var reviews = Row(page, "reviews-v2-5c757d5846-ptd9c").Last().VisibleText();
        Assert.Contains("412 opened · 410 closed", reviews);
        Assert.Contains("retransmits 3 · packet loss 0", reviews);
        Assert.Contains("Not sampled: on node kmesh-worker2", Row(page, "ratings-v1-7c9bd4b87f-qwz5t").Last().VisibleText());

        page = host.Invoke(Button(Row(page, "reviews-v2-5c757d5846-ptd9c").Last(), "Details"), "onClick");
        page = host.AdvanceTime(10000);

        var details = Details(page);
        Assert.Contains("Workload default/reviews-v2-5c757d5846-ptd9c", details.VisibleText());
        Assert.Contains("Connections opened", details.VisibleText());
        Assert.Contains("618 (20.6/s)", details.VisibleText());
        Assert.Equal("1", details.All("LineChart").Single().Prop("points"));
        Assert.Equal(new[] { "proxy kmesh-b9kfm", "proxy kmesh-b9kfm" }, MetricsReads(host));

        page = host.Invoke(Button(Row(page, "ratings-v1-7c9bd4b87f-qwz5t").Last(), "Details"), "onClick");

        Assert.Equal(new[] { "proxy kmesh-b9kfm", "proxy kmesh-b9kfm", "proxy kmesh-zt4wp" }, MetricsReads(host).Take(3));
        Assert.Contains("Traffic read from the daemon on node kmesh-worker2 (pod kmesh-zt4wp)", Details(page).VisibleText());
        Assert.Equal(new[] { "kmesh-b9kfm" }, ExecPods(host));
    }

    [Fact]
    public void WorkloadMetricsOffAreSaidOnceWithHowToTurnThemOnAndRowsDoNotPretendIdle()
    {
        string metrics = string.Join("\n", Scenario.Fixture("metrics.prom").Split('\n').Where(l => !l.Contains("kmesh_tcp_workload_") && !l.Contains("kmesh_tcp_retrans") && !l.Contains("kmesh_tcp_packet_loss")));
        var scenario = Clusters.HealthyDualEngine().Request(MetricsPath("kmesh-b9kfm"), 200, metrics);
        scenario.Search = "?node=kmesh-worker";
        var host = Host(scenario);

        RenderResult page = host.Render("kmesh-workloads");

        Assert.Contains("Workload metrics are off", page.Text);
        Assert.Contains("kmeshctl monitoring --workload-metrics enable", page.Text);
        Assert.StartsWith("Not recorded: workload metrics off (see above)", Row(page, "reviews-v2-5c757d5846-ptd9c").Last().VisibleText());
    }

    [Fact]
    public void AMetricsPageThatCannotBeReadIsExplainedAndRowsSaySo()
    {
        var scenario = Clusters.HealthyDualEngine()
            .Request(MetricsPath("kmesh-7dq2x"), 404, "404 page not found")
            .Admin(":15020/status/metric", 404, "404 page not found\n");
        var host = Host(scenario);

        RenderResult page = host.Render("kmesh-workloads");

        Assert.Equal(new[] { "proxy kmesh-7dq2x", "exec kmesh-7dq2x" }, MetricsReads(host));
        Assert.Contains("The daemon's metrics could not be read", page.Text);
        Assert.Contains("Pod kmesh-7dq2x answers on port 15020 but has no /status/metric (404).", page.Text);
        Assert.Contains("Not read (see above)", page.Text);
    }

    [Fact]
    public void ServicesShowWhatTheSampledDaemonSawWithTheirPodsRetransmitsAndOpenOnAnotherNode()
    {
        string metrics = Scenario.Fixture("metrics.prom");
        var scenario = Clusters.HealthyDualEngine().RequestSequence(MetricsPath("kmesh-b9kfm"), (200, metrics), (200, Grow(metrics, 1.5)));
        scenario.Search = "?node=kmesh-worker";
        var host = Host(scenario);

        RenderResult page = host.Render("kmesh-services");

        Assert.Contains("only what the daemon on node kmesh-worker (pod kmesh-b9kfm, which gave this dump) saw", page.Text);
        string reviews = Row(page, "reviews.default.svc.cluster.local").Last().VisibleText();
        Assert.Contains("412 opened · 410 closed", reviews);
        Assert.Contains("retransmits 3", reviews);

        page = host.Invoke(Button(Row(page, "reviews.default.svc.cluster.local").Last(), "Details"), "onClick");
        page = host.AdvanceTime(10000);

        var details = Details(page);
        Assert.Contains("Service reviews.default.svc.cluster.local (default)", details.VisibleText());
        Assert.Contains("these figures are that node's share, not the service's total", details.VisibleText());
        Assert.Equal("1", details.All("LineChart").Single().Prop("points"));
        var pick = details.All("TextField").Single(t => t.Prop("label") == "Read the daemon on");
        Assert.Contains("kmesh-worker2", pick.VisibleText());
        Assert.Equal(new[] { "proxy kmesh-b9kfm", "proxy kmesh-b9kfm" }, MetricsReads(host));

        page = host.Type(pick, "kmesh-worker2");

        Assert.Equal("proxy kmesh-zt4wp", MetricsReads(host)[2]);
        Assert.Contains("Traffic read from the daemon on node kmesh-worker2 (pod kmesh-zt4wp)", Details(page).VisibleText());
    }

    private static RenderedNode Button(RenderedNode within, string text) => within.All("Button").Single(b => b.VisibleText() == text);
}
