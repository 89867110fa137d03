using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

/// <summary>Partial permissions, wrong-typed JSON and daemons that answer badly: every view shows what it can read,
/// says "unknown" (with the reason) for what it cannot, and names each failure exactly.</summary>
public class EdgeRenderTests
{
    private const string InfosForbidden =
        "Forbidden - kmeshnodeinfos.kmesh.net is forbidden: User \"dev\" cannot list resource \"kmeshnodeinfos\" in API group \"kmesh.net\" in the namespace \"kmesh-system\"";

    private static Scenario Node(Scenario scenario, string node = "kmesh-worker") => scenario.RouteParams(new JsonObject { ["name"] = node });

    [Fact]
    public void NodePageWithForbiddenNodeInfosSaysTheSpiIsUnknownNotOff()
    {
        // Today: "IPsec SPI: off".
        var host = new PluginHost(Node(Clusters.HealthyDualEngine().ListError("KmeshNodeInfo", 403, InfosForbidden)));

        RenderResult page = host.Render("kmesh-node");

        var spi = page.All("NameValueRow").Single(r => r.VisibleText().StartsWith("IPsec SPI"));
        Assert.Equal("IPsec SPI\nunknown", spi.VisibleText());
        Assert.Contains(page.All("Alert"), a => a.Prop("severity") == "warning"
            && a.VisibleText().StartsWith("Your account may not list kmeshnodeinfos in namespace kmesh-system."));
        Assert.DoesNotContain("off", spi.VisibleText());
    }

    [Fact]
    public void NodesListWithForbiddenNodeInfosHasOneWarningAndUnknownCells()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine().ListError("KmeshNodeInfo", 403, InfosForbidden));

        RenderResult page = host.Render("kmesh-nodes");

        Assert.Single(page.All("Alert"));
        var rows = page.Single("Table").RowTexts();
        Assert.All(rows, r => Assert.Equal(("Ready", "unknown", "unknown"), (r[2], r[5], r[6])));
    }

    [Fact]
    public void NodesListFiltersByTheStatusInTheRoute()
    {
        var scenario = Clusters.HealthyDualEngine()
            .List("Pod", new[] { Clusters.DaemonPod("kmesh-control-plane", 0), Clusters.DaemonPod("kmesh-worker", 1, ready: false, restarts: 7), Clusters.DaemonPod("kmesh-worker2", 2) })
            .RouteParams(new JsonObject { ["status"] = "crash-loop" });
        var host = new PluginHost(scenario);

        RenderResult page = host.Render("kmesh-nodes-filtered");

        Assert.Equal(new[] { "kmesh-worker" }, page.Single("Table").RowTexts().Select(r => r[0]));
        Assert.Contains("Showing 1 of 3 nodes: daemons crash-looping.", page.Text);
        Assert.Equal("/c/test-cluster/kmesh/nodes", page.All("Link").Single(l => l.VisibleText() == "Show all nodes").Prop("href"));
    }

    [Fact]
    public void AReadyDaemonWithAnOldRestartIsReadyInTheList()
    {
        // Today: "Not ready" for any daemon that ever restarted.
        var pod = Clusters.DaemonPod("kmesh-worker", 1, restarts: 1);
        pod["status"]!["containerStatuses"]![0]!["lastState"] = new JsonObject
        {
            ["terminated"] = new JsonObject { ["exitCode"] = 2, ["reason"] = "Error", ["finishedAt"] = "2025-11-02T08:00:00Z" },
        };
        var host = new PluginHost(Clusters.HealthyDualEngine().List("Pod", new[] { pod }));

        var status = host.Render("kmesh-nodes").Single("Table").Rows[0][2];

        Assert.Equal("Ready", status.VisibleText());
        Assert.Equal("success", status.All("StatusLabel").Single().Prop("status"));
    }

    [Fact]
    public void AStringWhereAListBelongsIsUnreadableNotOneCharacterPerItem()
    {
        // Today the addresses cell read "1, 7, 2, ., 1, 8, …" and the daemon args were searched character by character.
        var infos = Clusters.Items("kmeshnodeinfo-list.json").ToList();
        infos[1]["spec"]!["addresses"] = "172.18.0.3";
        var pod = Clusters.DaemonPod("kmesh-worker", 1);
        pod["spec"]!["containers"]![0]!["args"] = "./start_kmesh.sh --mode=kernel-native";
        var host = new PluginHost(Clusters.HealthyDualEngine().List("KmeshNodeInfo", infos)
            .List("Pod", new[] { Clusters.DaemonPod("kmesh-control-plane", 0), pod }));

        var table = host.Render("kmesh-nodes").Single("Table");

        var worker = table.Rows[1];
        Assert.Equal("unknown", worker[6].VisibleText());
        Assert.Contains("a string where a list of strings belongs", worker[6].All("Tooltip").Single().Prop("title"));
        Assert.Equal(("Unreadable", "unknown", "unknown"), (worker[2].VisibleText(), worker[3].VisibleText(), worker[4].VisibleText()));
        Assert.Equal("$.spec.containers[0].args is a string, expected a list",
            worker[2].All("Tooltip").Single().Prop("title")!.Replace("the pod's JSON is unreadable: ", ""));
        Assert.Equal("172.18.0.2", table.Rows[0][6].VisibleText());
    }

    [Fact]
    public void WaypointsWithForbiddenPodsSayUnknownNotZeroPods()
    {
        // Today: "0 namespaces, 1 services, 0 pods" and an empty Pods column, no warning... or a blank page.
        var host = new PluginHost(Clusters.HealthyDualEngine()
            .ListError("Pod", 403, "Forbidden - pods is forbidden: User \"dev\" cannot list resource \"pods\" in API group \"\" at the cluster scope"));

        RenderResult page = host.Render("kmesh-waypoints");

        var row = Assert.Single(page.Single("Table").RowTexts());
        Assert.Equal(new[] { "waypoint", "default", "10.96.143.232", "Programmed" }, row.Take(4));
        Assert.Equal(("unknown", "unknown"), (row[6], row[7]));
        var warning = Assert.Single(page.All("Alert"));
        Assert.Equal("Your account may not list pods in any namespace (cluster-wide). Grant the verb \"list\" (and \"watch\") on resource \"pods\" in any namespace (cluster-wide).",
            warning.VisibleText());
    }

    [Fact]
    public void WaypointDetailWithConditionsOfTheWrongTypeSaysUnreadable()
    {
        var gateway = Clusters.Gateway();
        gateway["status"]!["conditions"] = "Programmed";
        var host = new PluginHost(Clusters.HealthyDualEngine().List("Gateway", new[] { gateway })
            .RouteParams(new JsonObject { ["name"] = "waypoint", ["namespace"] = "default" }));

        RenderResult page = host.Render("kmesh-waypoint");

        var conditions = page.All("SectionBox").Single(s => s.VisibleText().StartsWith("Conditions"));
        Assert.Empty(conditions.All("SimpleTable"));
        Assert.Equal("Conditions\nUnreadable: $.status.conditions is a string, expected a list.", conditions.VisibleText());
    }

    [Fact]
    public void ADaemonAnswering500IsAnHttpErrorWithTheFirstLineOfItsBody()
    {
        // Today: "The daemon's admin API could not be reached".
        var host = new PluginHost(Node(Clusters.HealthyDualEngine().Admin("/version", 500, "failed to read build info\ngoroutine 7 [running]:\n")));

        // The node page has other sections (logger levels) that may fail on their own; this is the daemon-version alert.
        var alert = host.Render("kmesh-node").All("Alert").Single(a => a.Prop("severity") == "error" && a.VisibleText().Contains("GET /version"));

        Assert.Equal("The daemon answered with an HTTP error", alert.Children.First(c => c.Type == "AlertTitle").VisibleText());
        Assert.Contains("answered GET /version with HTTP 500: failed to read build info", alert.VisibleText());
        Assert.DoesNotContain("goroutine", alert.VisibleText());
    }

    [Fact]
    public void TruncatedVersionIsNamedWithItsJsonPath()
    {
        var host = new PluginHost(Node(Clusters.HealthyDualEngine().Admin("/version", 200, "{\n  \"gitVersion\": \"v1.2.0\",\n  \"gitCommit\": \"4c9e")));

        // The node page has other sections (logger levels) that may fail on their own; this is the daemon-version alert.
        var alert = host.Render("kmesh-node").All("Alert").Single(a => a.Prop("severity") == "error" && a.VisibleText().Contains("GET /version"));

        Assert.Equal("The daemon's answer could not be read", alert.Children.First(c => c.Type == "AlertTitle").VisibleText());
        Assert.Contains("answered GET /version with truncated data: UnexpectedEnd at $.gitCommit", alert.VisibleText());
    }
}
