using System;
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
        // The picker's node names (the daemon pod list, a page at a time) and the access review that tells a forbidden
        // daemon list at once; no daemon is contacted.
        Assert.Equal(new[] { "/api/v1/namespaces/kmesh-system/pods?labelSelector=app%3Dkmesh&limit=500", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews" },
            host.Requests.Select(r => r!["path"]!.GetValue<string>()));
        var picker = page.All("TextField").Single();
        Assert.Equal(new[] { "kmesh-control-plane", "kmesh-worker", "kmesh-worker2" }, picker.All("MenuItem").Select(m => m.VisibleText()));
    }

    [Fact]
    public void ThePickerReadsNodeNamesPageByPageAndOnlyTheChosenNodesDaemonIsListed()
    {
        // 1,203 daemons: three pages of names; the chosen node's daemon is its own field-selected list.
        var nodes = Enumerable.Range(0, 1203).Select(i => $"node-{i:D4}").ToList();
        var pods = nodes.Select((n, i) => { var pod = Clusters.DaemonPod(n, i); pod["metadata"]!["name"] = "kmesh-" + i; return pod; });
        var host = new PluginHost(Clusters.HealthyDualEngine().List("Pod", pods)
            .RouteParams(new System.Text.Json.Nodes.JsonObject { ["node"] = "node-0700" }));

        RenderResult page = host.Render("kmesh-bpf-maps");

        Assert.Equal(nodes, page.All("TextField").First().All("MenuItem").Select(m => m.VisibleText()));
        Assert.Equal(new[] { "", "&continue=after500", "&continue=after1000" },
            host.Requests.Select(r => r!["path"]!.GetValue<string>()).Where(p => p.Contains("/pods?")).Select(p => p.Substring(p.IndexOf("&limit=500") + 10)));
        var podLists = host.Calls.Where(c => c!["hook"]?.GetValue<string>() == "useList" && c["kind"]!.GetValue<string>() == "Pod").ToList();
        Assert.NotEmpty(podLists);
        Assert.All(podLists, c => Assert.Equal("spec.nodeName=node-0700", c!["fieldSelector"]!.GetValue<string>()));
        Assert.Contains("Node node-0700 runs Kmesh in dual-engine mode", page.Text);
        var contacted = host.Execs.Select(e => e!["pod"]!.GetValue<string>())
            .Concat(host.Requests.Select(r => r!["path"]!.GetValue<string>()).Where(p => p.Contains("/proxy")).Select(p => p.Split('/')[6].Split(':')[0]));
        Assert.Equal(new[] { "kmesh-700" }, contacted.Distinct());
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

        page = host.Invoke(backends.Rows[0][backends.Header.ToList().IndexOf("JSON")].All("Button").Single(), "onClick");

        var dialog = page.Single("Dialog");
        Assert.Contains("\"ip\": \"10.244.2.9\"", dialog.VisibleText());
        Assert.Contains("\"services\": [\n    \"default/reviews.default.svc.cluster.local\"\n  ]", dialog.VisibleText());
    }

    [Fact]
    public void AnEntryNestedDeeperThanTheLimitIsListedAndItsJsonSaysWhyItIsNotShown()
    {
        string deep = new string('[', 300) + new string(']', 300);
        string dump = "{\"backends\":[{\"ip\":\"10.244.9.1\",\"serviceCount\":0,\"future\":" + deep + "},{\"ip\":\"10.244.9.2\",\"serviceCount\":0}]}";
        var host = new PluginHost(OnNode(Clusters.HealthyDualEngine().Admin("/debug/config_dump/bpf/dual-engine", 200, dump), "kmesh-worker"));
        RenderResult page = host.Render("kmesh-bpf-maps");
        page = host.Invoke(page.Single("Tabs"), "selectTab", 1);

        var backends = page.Single("Tabs").All("SimpleTable").Single();
        Assert.Equal(new[] { "10.244.9.1", "10.244.9.2" }, backends.RowTexts().Select(r => r[0]));
        int json = backends.Header.ToList().IndexOf("JSON");
        page = host.Invoke(backends.Rows[0][json].All("Button").Single(), "onClick");
        Assert.Equal("nesting is deeper than 256 levels", page.Single("Dialog").All("DialogContent").Single().VisibleText());

        page = host.Invoke(page.Single("Dialog"), "onClose");
        backends = page.Single("Tabs").All("SimpleTable").Single();
        page = host.Invoke(backends.Rows[1][json].All("Button").Single(), "onClick");
        Assert.Contains("\"ip\": \"10.244.9.2\"", page.Single("Dialog").VisibleText());
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

public class BpfIdentityRenderTests
{
    private static Scenario Named(string search = "") => new Func<Scenario>(() =>
    {
        var s = Clusters.HealthyDualEngine()
            .Admin("/debug/config_dump/dual-engine", 200, Scenario.Fixture("dual-engine-config-dump.json"))
            .RouteParams(new JsonObject { ["node"] = "kmesh-worker" });
        s.Search = search;
        return s;
    })();

    [Fact]
    public void BackendValuesAreNamedAndLinked()
    {
        var host = new PluginHost(Named("?tab=Backends&q=10.244.1.11"));

        RenderResult page = host.Render("kmesh-bpf-maps");

        var tabs = page.Single("Tabs");
        Assert.Equal("1", tabs.Prop("active"));
        var table = tabs.All("SimpleTable").Single();
        Assert.Equal("Config-dump names", table.Header[4]);
        var row = Assert.Single(table.Rows);
        var hrefs = row[4].All("Link").Select(l => l.Prop("href")).ToList();
        Assert.Contains("/c/test-cluster/namespaces/default/pods/reviews-v2-5c757d5846-ptd9c", hrefs);
        Assert.Contains("/c/test-cluster/services/default/reviews", hrefs);
        Assert.Contains("keys are dropped", page.Text);
        Assert.Empty(page.All("Dialog"));
    }

    [Fact]
    public void ServicesShowWaypointAndCandidatesAndEnumWords()
    {
        var host = new PluginHost(Named());

        RenderResult page = host.Render("kmesh-bpf-maps");

        var table = page.Single("Tabs").All("SimpleTable").Single();
        Assert.Equal("unspecified", table.RowTexts()[0][2]);
        Assert.Equal("failover", table.RowTexts()[3][2]);
        Assert.Contains(table.Rows[0][6].All("Link"), l => l.Prop("href") == "/c/test-cluster/kmesh/waypoints/default/waypoint");
        Assert.Contains("one of:", table.Rows[0][6].VisibleText());
    }

    [Fact]
    public void TabAndSearchGoToTheUrlAndSurviveANodeSwitch()
    {
        var host = new PluginHost(Named());
        RenderResult page = host.Render("kmesh-bpf-maps");

        page = host.Invoke(page.Single("Tabs"), "selectTab", 1);
        page = host.Type(page.All("TextField").Single(t => t.VisibleText() == "Search"), "reviews");
        page = host.Type(page.All("TextField").First(), "kmesh-worker2");

        var last = host.Navigations.Last();
        Assert.Equal("/c/test-cluster/kmesh/bpf-maps/kmesh-worker2?tab=Backends&q=reviews", last);
        Assert.Contains("Node kmesh-worker2 runs Kmesh", page.Text);
        Assert.Equal("reviews", page.All("TextField").Single(t => t.VisibleText() == "Search").Prop("value"));
        Assert.Contains("2 of 7 entries", page.Text);
    }

    [Fact]
    public void ADumpArrivingInManyExecMessagesIsDecodedWholeWhereACharacterIsSplitBetweenTwo()
    {
        string dump = "{\"backends\":[{\"ip\":\"10.244.9.1\",\"serviceCount\":1,\"services\":[\"équipe/café-crème.équipe.svc.cluster.local\"]},"
            + "{\"ip\":\"10.244.9.2\",\"serviceCount\":1,\"services\":[\"日本/サービス.日本.svc.cluster.local\"]}]}";
        var scenario = Named("?tab=Backends");
        scenario.Admin("/debug/config_dump/bpf/dual-engine", 200, dump);
        var host = new PluginHost(scenario);
        var split = Named("?tab=Backends");
        split.Admin("/debug/config_dump/bpf/dual-engine", 200, dump);
        split.ExecFrameBytes = 7;
        var splitHost = new PluginHost(split);

        var whole = host.Render("kmesh-bpf-maps").Single("Tabs").All("SimpleTable").Single().RowTexts();
        var frames = splitHost.Render("kmesh-bpf-maps").Single("Tabs").All("SimpleTable").Single().RowTexts();

        Assert.Equal("équipe/café-crème.équipe.svc.cluster.local", frames[0][2]);
        Assert.Equal("日本/サービス.日本.svc.cluster.local", frames[1][2]);
        Assert.Equal(whole.Select(r => string.Join("|", r)), frames.Select(r => string.Join("|", r)));
    }

    [Fact]
    public void ValuesThatCannotBeTiedAreSaidOnce()
    {
        var scenario = Named();
        scenario.Admin("/debug/config_dump/dual-engine", 200, "{\"workloads\":[],\"services\":[],\"policies\":[]}");
        var host = new PluginHost(scenario);

        RenderResult page = host.Render("kmesh-bpf-maps");

        Assert.Single(page.All("Typography"), t => t.VisibleText().Contains("match no workload, service, waypoint or policy"));
        Assert.Contains("6 entries hold values", page.Text);
    }

    [Fact]
    public void AKernelNativeNodeHasNoKeysNotice()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine("kernel-native").RouteParams(new JsonObject { ["node"] = "kmesh-worker" }));

        RenderResult page = host.Render("kmesh-bpf-maps");

        Assert.DoesNotContain("keys are dropped", page.Text);
        var clusters = host.Invoke(page.Single("Tabs"), "selectTab", 1).Single("Tabs").All("SimpleTable").Single().RowTexts();
        Assert.Contains(clusters, r => r[2] == "least request");
    }
}
