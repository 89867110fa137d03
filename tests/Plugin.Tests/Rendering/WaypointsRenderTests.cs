using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

public class WaypointsRenderTests
{
    [Fact]
    public void WaypointRowShowsStatusAddressAndUsers()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());

        var table = host.Render("kmesh-waypoints").Single("Table");

        var row = Assert.Single(table.RowTexts());
        Assert.Equal(new[] { "waypoint", "default", "10.96.143.232", "Programmed", "service", "ghcr.io/kmesh-net/waypoint:v1.2.0",
            "0 namespaces, 1 services, 0 pods", "waypoint-5d8b9c7f4-xk2lp", "2025-12-03T09:31:12Z" }, row);
        Assert.Equal("/c/test-cluster/kmesh/waypoints/default/waypoint", table.Rows[0][0].All("Link").Single().Prop("href"));
        Assert.Equal("/c/test-cluster/namespaces/default", table.Rows[0][1].All("Link").Single().Prop("href"));
        Assert.Equal("success", table.Rows[0][3].All("StatusLabel").Single().Prop("status"));
        Assert.Equal("/c/test-cluster/kmesh/waypoints/default/waypoint", table.Rows[0][0].All("Link").Single().Prop("href"));
    }

    [Fact]
    public void GatewaysOfOtherClassesAreNotWaypoints()
    {
        var ingress = Clusters.Gateway();
        ingress["metadata"]!["name"] = "public-ingress";
        ingress["spec"]!["gatewayClassName"] = "istio";
        var host = new PluginHost(Clusters.HealthyDualEngine().List("Gateway", new[] { Clusters.Gateway(), ingress }));

        var rows = host.Render("kmesh-waypoints").Single("Table").RowTexts();

        Assert.Equal(new[] { "waypoint" }, rows.Select(r => r[0]));
    }

    [Fact]
    public void NotYetProgrammedWaypointIsAWarningWithTheReason()
    {
        var pending = Clusters.Gateway();
        pending["metadata"]!["generation"] = 2;
        var host = new PluginHost(Clusters.HealthyDualEngine().List("Gateway", new[] { pending }));

        var status = host.Render("kmesh-waypoints").Single("Table").Rows[0][3];

        Assert.Equal("Not programmed", status.VisibleText());
        Assert.NotEqual("success", status.All("StatusLabel").Single().Prop("status"));
        Assert.False(string.IsNullOrEmpty(status.All("Tooltip").Single().Prop("title")));
    }

    [Fact]
    public void WaypointDetailShowsConditionsListenersUsersAndYaml()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine().RouteParams(new JsonObject { ["namespace"] = "default", ["name"] = "waypoint" }));

        RenderResult page = host.Render("kmesh-waypoint");

        var conditions = page.All("SimpleTable").Single(t => t.Header.Contains("Last transition")).RowTexts();
        Assert.Equal(new[] { "Accepted", "Programmed" }, conditions.Select(c => c[0]));
        Assert.Equal("Resource programmed, assigned to service(s) waypoint.default.svc.cluster.local:15008", conditions[1][3]);
        var listeners = page.All("SimpleTable").Single(t => t.Header.Contains("Protocol")).RowTexts();
        Assert.Equal(new[] { new[] { "mesh", "15008", "HBONE" } }, listeners);
        Assert.Contains("reviews", page.Text);
        Assert.Single(page.All("ViewButton"));
        Assert.Single(page.All("ObjectEventList"));
    }

    [Fact]
    public void MissingWaypointSaysSo()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine().RouteParams(new JsonObject { ["namespace"] = "default", ["name"] = "gone" }));

        Assert.Contains("This waypoint does not exist (any more).", host.Render("kmesh-waypoint").Text);
    }

    [Fact]
    public void MarkupInResourceStringsRendersAsText()
    {
        const string hostile = "<img src=x onerror=alert(1)><script>alert('kmesh')</script>";
        var gateway = Clusters.Gateway();
        gateway["metadata"]!["annotations"]!["sidecar.istio.io/proxyImage"] = hostile;
        var host = new PluginHost(Clusters.HealthyDualEngine().List("Gateway", new[] { gateway }));

        RenderResult page = host.Render("kmesh-waypoints");

        Assert.Contains(page.Nodes, n => n.Text == hostile);
        Assert.DoesNotContain(page.Nodes, n => n.Props.ContainsKey("dangerouslySetInnerHTML"));
    }
}
