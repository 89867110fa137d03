using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

public class OverviewRenderTests
{
    private const string PodsForbidden =
        "Forbidden - pods is forbidden: User \"dev\" cannot list resource \"pods\" in API group \"\" in the namespace \"kmesh-system\"";

    [Fact]
    public void HealthyDualEngineClusterIsSummarised()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());

        RenderResult page = host.Render("kmesh-overview");

        string text = page.Text;
        Assert.Contains("Kmesh overview", text);
        Assert.Contains("dual-engine", text);
        Assert.Contains("v1.2.0 (3)", text);
        Assert.Contains("3 managed of 3 intended", text);
        Assert.Contains(("success", "3/3"), page.Statuses);
        Assert.Contains(("success", "1/1"), page.Statuses);
        // The fixture's kmesh-worker2 has lagged on SPI 1 since 2025-12-03 with every daemon ready: not a rotation.
        Assert.Contains(("error", "Stale key"), page.Statuses);
        Assert.Contains("stale key on 1 node (SPI 1 on 1 node; SPI 2 on 2 nodes)", text);
        Assert.Contains(("error", "Failing"), page.Statuses);
        Assert.Contains(("error", "Nodes with a stale IPsec key (1)"), page.Statuses);
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
    public void OverviewLoadsWithListsAndDiscoveryOnlyAndNeverContactsDaemons()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());

        host.Render("kmesh-overview");

        Assert.Empty(host.Execs);
        const string review = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";
        Assert.Equal(new[] { "/apis/gateway.networking.k8s.io", "/apis/kmesh.net" },
            host.Requests.Select(r => r!["path"]!.GetValue<string>()).Where(p => p != review).OrderBy(p => p));
        // One "may I list" review per source, so a forbidden one is named at once.
        var reviewed = host.Requests.Where(r => r!["path"]!.GetValue<string>() == review)
            .Select(r => JsonNode.Parse(r!["body"]!.GetValue<string>())!["spec"]!["resourceAttributes"]!)
            .Select(a => $"{a["verb"]} {a["group"]}/{a["resource"]} {a["namespace"]}").OrderBy(x => x, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "list /events kmesh-system", "list /namespaces ", "list /pods ", "list /pods kmesh-system",
            "list gateway.networking.k8s.io/gateways ", "list kmesh.net/kmeshnodeinfos kmesh-system" }, reviewed);
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
        Assert.Contains("/c/test-cluster/kmesh/nodes/status/stale-key", links);
    }

    [Fact]
    public void EnrollmentMismatchSaysWhyThePodIsNotManaged()
    {
        var scenario = Clusters.HealthyDualEngine()
            .List("Pod", Clusters.NodeNames.Select((n, i) => Clusters.DaemonPod(n, i))
                .Append(Clusters.AppPod("productpage-v1-d5789fdfb-4l8sm", "default", "kmesh-worker", managed: true))
                .Append(Clusters.AppPod("details-v1-65cfcf56f9-x2m8n", "default", "kmesh-worker2", managed: false)));
        var host = new PluginHost(scenario);

        RenderResult page = host.Render("kmesh-overview");
        var group = page.All("Box").First(b => b.VisibleText().StartsWith("Pods whose Kmesh management differs from their labels (1)"));
        host.Invoke(group.All("Button").Single(), "onClick");
        page = host.Render("kmesh-overview");

        Assert.Contains("1 managed of 2 intended", page.Text);
        Assert.Contains("pod default/details-v1-65cfcf56f9-x2m8n: not managed: the Kmesh daemon on node kmesh-worker2 is ready but has not annotated the pod "
            + "kmesh.net/redirection=enabled (it should, by namespace label istio.io/dataplane-mode=Kmesh)", page.Text);
    }

    /// <summary>1,000 nodes (Jint renders the view; the preview's `large` has 5,000), every daemon restarted once weeks
    /// ago, three crash-looping, 25 nodes on an old SPI for days.</summary>
    private static Scenario LargeCluster()
    {
        var daemons = new List<JsonObject>();
        var infos = new List<JsonObject>();
        for (int i = 0; i < 1000; i++)
        {
            string node = $"kmesh-worker-{i:D4}";
            bool crashing = i == 97 || i == 508 || i == 903;
            JsonObject pod = Clusters.DaemonPod(node, i, ready: !crashing, restarts: crashing ? 40 : 1);
            pod["metadata"]!["name"] = $"kmesh-{i:D4}x";
            pod["status"]!["containerStatuses"]![0]!["lastState"] = new JsonObject
            {
                ["terminated"] = new JsonObject { ["exitCode"] = 1, ["reason"] = "Error", ["finishedAt"] = "2025-11-02T08:00:00Z" },
            };
            daemons.Add(pod);
            infos.Add(new JsonObject
            {
                ["apiVersion"] = "kmesh.net/v1alpha1",
                ["kind"] = "KmeshNodeInfo",
                ["metadata"] = Clusters.Meta(node, "kmesh-system", "2025-12-03T09:14:02Z"),
                ["spec"] = new JsonObject { ["spi"] = i % 60 == 7 ? 1 : 2, ["addresses"] = new JsonArray($"172.18.{i / 250}.{i % 250}") },
            });
        }
        return Clusters.HealthyDualEngine().List("Pod", daemons).List("KmeshNodeInfo", infos);
    }

    [Fact]
    public void OnALargeClusterTheCrashLoopingDaemonsComeFirstAndRestartsMakeNoNoise()
    {
        // Today: 1,000 problems, nearly all "ready, but restarted (1 restart)", the crash loops deep in the list.
        var host = new PluginHost(LargeCluster());

        RenderResult page = host.Render("kmesh-overview");

        var problems = page.All("SectionBox").Single(s => s.VisibleText().StartsWith("Problems"));
        string first = problems.Children.First(c => c.Type == "Box").VisibleText();
        Assert.StartsWith("Daemons crash-looping (3)", first);
        Assert.Contains("kmesh-worker-0097\n: container kmesh is in CrashLoopBackOff (40 restarts)", first);
        Assert.Contains("kmesh-worker-0508", first);
        Assert.Contains("kmesh-worker-0903", first);
        Assert.DoesNotContain("restart", problems.VisibleText().Replace("CrashLoopBackOff (40 restarts)", ""));
        Assert.Contains("/c/test-cluster/kmesh/nodes/kmesh-worker-0097", problems.All("Link").Select(l => l.Prop("href")));
        // Stale keys: 17 nodes, 10 shown, the rest behind a link to the filtered Nodes list.
        var stale = problems.Children.Where(c => c.Type == "Box").Single(b => b.VisibleText().StartsWith("Nodes with a stale IPsec key (17)"));
        Assert.Equal(10, stale.All("Typography").Count(t => t.Prop("component") == "li"));
        var more = stale.All("Link").Last();
        Assert.Equal("and 7 more", more.VisibleText());
        Assert.Equal("/c/test-cluster/kmesh/nodes/status/stale-key", more.Prop("href"));
        // The IPsec row counts nodes instead of naming 1,000 of them.
        var ipsec = page.All("NameValueRow").Single(r => r.VisibleText().StartsWith("IPsec"));
        Assert.Contains("stale key on 17 nodes (SPI 1 on 17 nodes; SPI 2 on 983 nodes)", ipsec.VisibleText());
        Assert.True(ipsec.VisibleText().Length < 200, ipsec.VisibleText());
    }

    [Fact]
    public void ForbiddenPodsLeaveTheRestOfTheOverviewReadableWithOneWarning()
    {
        // Today the whole page was one error alert.
        var host = new PluginHost(Clusters.HealthyDualEngine().ListError("Pod", 403, PodsForbidden));

        RenderResult page = host.Render("kmesh-overview");

        var warnings = page.All("Alert").Where(a => a.Prop("severity") == "warning").Select(a => a.VisibleText()).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.StartsWith("Your account may not list pods in namespace kmesh-system. Grant the verb \"list\""));
        Assert.Contains(warnings, w => w.StartsWith("Your account may not list pods in any namespace (cluster-wide)."));
        Assert.DoesNotContain(page.All("Alert"), a => a.Prop("severity") == "error");
        Assert.Equal("Enrolled namespaces\ndefault", page.All("NameValueRow").Single(r => r.VisibleText().StartsWith("Enrolled namespaces")).VisibleText());
        Assert.Contains(("success", "1/1"), page.Statuses);
        Assert.Contains(("warning", "unknown"), page.Statuses);
        Assert.DoesNotContain(("success", "Healthy"), page.Statuses);
        Assert.Single(page.All("SimpleTable"), t => t.Header.Contains("Message"));
    }

    [Fact]
    public void ForbiddenNodeInfosMakeIpsecUnknownAndTheMeshNotHealthy()
    {
        var infos = Clusters.Items("kmeshnodeinfo-list.json").Take(2);
        var host = new PluginHost(Clusters.HealthyDualEngine()
            .ListError("KmeshNodeInfo", 403, "Forbidden - kmeshnodeinfos.kmesh.net is forbidden: User \"dev\" cannot list resource \"kmeshnodeinfos\""));

        RenderResult page = host.Render("kmesh-overview");

        var ipsec = page.All("NameValueRow").Single(r => r.VisibleText().StartsWith("IPsec"));
        Assert.Equal("IPsec\nunknown", ipsec.VisibleText());
        Assert.Contains("Your account may not list kmeshnodeinfos in namespace kmesh-system", ipsec.All("Tooltip").Single().Prop("title"));
        Assert.Contains(("warning", "Partly unknown"), page.Statuses);
        Assert.DoesNotContain(("success", "Healthy"), page.Statuses);
        Assert.NotNull(infos);
    }

    [Fact]
    public void GatewayApiAbsenceIsKnownFromDiscoveryWhileTheListStillRetries()
    {
        // Today "not installed" waited for the Gateway list to give up (about 11 s of retries).
        var scenario = Clusters.HealthyDualEngine().ListLoading("Gateway")
            .Request("/apis/gateway.networking.k8s.io", 404, "{\"kind\":\"Status\",\"message\":\"the server could not find the requested resource\",\"code\":404}");
        var host = new PluginHost(scenario);

        var waypoints = host.Render("kmesh-overview").All("NameValueRow").Single(r => r.VisibleText().StartsWith("Waypoints programmed"));

        Assert.Equal("Waypoints programmed\nnot available: the Gateway API is not installed", waypoints.VisibleText());
        Assert.Contains("The Gateway API (gateway.networking.k8s.io/v1 Gateway) is not installed", host.Render("kmesh-waypoints").Text);
    }
}
