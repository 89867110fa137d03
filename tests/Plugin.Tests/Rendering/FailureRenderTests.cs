using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

/// <summary>Every failure is a message inside the view, with the precise cause.</summary>
public class FailureRenderTests
{
    private static Scenario OnWorker(Scenario scenario) => scenario.RouteParams(new JsonObject { ["node"] = "kmesh-worker" });

    [Theory]
    [InlineData("kmesh-overview")]
    [InlineData("kmesh-nodes")]
    [InlineData("kmesh-bpf-maps")]
    public void NotInstalledClusterGetsTheFriendlyPage(string route)
    {
        var host = new PluginHost(Clusters.NotInstalled());

        RenderResult page = host.Render(route);

        Assert.Contains("Kmesh is not installed in this cluster", page.Text);
        Assert.Contains("Kmesh installation guide", page.Text);
        Assert.Empty(host.Execs);
    }

    [Fact]
    public void WaypointsWithoutGatewayApiExplainWhy()
    {
        var host = new PluginHost(Clusters.NotInstalled());

        Assert.Contains("The Gateway API (gateway.networking.k8s.io/v1 Gateway) is not installed", host.Render("kmesh-waypoints").Text);
    }

    [Theory]
    [InlineData("kmesh-nodes")]
    [InlineData("kmesh-bpf-maps")]
    public void ForbiddenPodListNamesTheMissingPermission(string route)
    {
        var scenario = Clusters.HealthyDualEngine()
            .ListError("Pod", 403, "Forbidden - pods is forbidden: User \"dev\" cannot list resource \"pods\" in API group \"\" in the namespace \"kmesh-system\"");
        var host = new PluginHost(scenario);

        var alert = host.Render(route).All("Alert").First();

        Assert.Equal("error", alert.Prop("severity"));
        Assert.Contains("Your account may not list pods in namespace kmesh-system", alert.VisibleText());
        Assert.Contains("Grant the verb \"list\"", alert.VisibleText());
    }

    [Fact]
    public void UnreachableDaemonIsExplainedInsideTheInspector()
    {
        var scenario = OnWorker(Clusters.HealthyDualEngine());
        scenario.Exec = ExecBehaviour.ConnectionRefused;
        var host = new PluginHost(scenario);

        var alert = host.Render("kmesh-bpf-maps").All("Alert").Single();

        Assert.Equal("The daemon refused the connection", alert.Children.First(c => c.Type == "AlertTitle").VisibleText());
        Assert.Contains("refused the connection on 127.0.0.1:15200", alert.VisibleText());
    }

    [Fact]
    public void RefusedExecIsTracedToTheMissingPodsExecPermission()
    {
        var scenario = OnWorker(Clusters.HealthyDualEngine()).Deny("create pods/exec");
        scenario.Exec = ExecBehaviour.Forbidden;
        var host = new PluginHost(scenario);

        var alert = host.Render("kmesh-bpf-maps").All("Alert").Single();

        Assert.Contains("pods/exec", alert.VisibleText());
        Assert.Contains("\"create\"", alert.VisibleText());
        Assert.All(host.Requests, r => Assert.False(r!["autoLogoutOnAuthError"]!.GetValue<bool>()));
    }

    [Fact]
    public void WrongModeIsNamed()
    {
        var scenario = OnWorker(Clusters.HealthyDualEngine())
            .Admin("/debug/config_dump/bpf/dual-engine", 400, "\tInvalid Client Mode\n");
        var host = new PluginHost(scenario);

        var alert = host.Render("kmesh-bpf-maps").All("Alert").Single();

        Assert.Contains("This dump belongs to the other Kmesh mode", alert.VisibleText());
        Assert.Contains("Invalid Client Mode", alert.VisibleText());
    }

    [Fact]
    public void TruncatedDumpIsReportedWithItsPosition()
    {
        string dump = Scenario.Fixture("dual-engine-bpf-dump.json");
        var scenario = OnWorker(Clusters.HealthyDualEngine())
            .Admin("/debug/config_dump/bpf/dual-engine", 200, dump.Substring(0, 1200));
        var host = new PluginHost(scenario);

        var alert = host.Render("kmesh-bpf-maps").All("Alert").Single();

        Assert.Equal("The daemon's answer could not be read", alert.Children.First(c => c.Type == "AlertTitle").VisibleText());
        Assert.Contains("could not be read: UnexpectedEnd at $", alert.VisibleText());
        Assert.Contains("line", alert.VisibleText());
    }

    [Fact]
    public void NodeDetailShowsAdminFailureButKeepsTheRestOfThePage()
    {
        var scenario = Clusters.HealthyDualEngine().RouteParams(new JsonObject { ["name"] = "kmesh-worker" });
        scenario.Exec = ExecBehaviour.ConnectionRefused;
        var host = new PluginHost(scenario);

        RenderResult page = host.Render("kmesh-node");

        Assert.Contains("The daemon refused the connection", page.Text);
        Assert.Contains("kmesh-b9kfm", page.Text);
        Assert.Single(page.All("ObjectEventList"));
    }

    // Headlamp reports a list's 403 only when its retries end (seconds later): the access review names it at once.
    [Theory]
    [InlineData("kmesh-nodes")]
    [InlineData("kmesh-bpf-maps")]
    [InlineData("kmesh-overview")]
    public void ForbiddenPodListIsNamedBeforeHeadlampsRetriesEnd(string route)
    {
        var host = new PluginHost(Clusters.HealthyDualEngine().ListLoading("Pod").Deny("list pods"));

        RenderResult page = host.Render(route);

        Assert.Contains("Your account may not list pods in namespace kmesh-system", string.Join("\n", page.All("Alert").Select(a => a.VisibleText())));
        Assert.DoesNotContain("Loading", page.Text);
    }

    [Fact]
    public void ForbiddenNodeInfoListIsNamedBeforeHeadlampsRetriesEnd()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine().ListLoading("KmeshNodeInfo").Deny("list kmeshnodeinfos"));

        RenderResult page = host.Render("kmesh-nodes");

        Assert.Contains("Your account may not list kmeshnodeinfos in namespace kmesh-system", page.All("Alert").First().VisibleText());
        Assert.Contains("kmesh-worker2", page.Text);
        Assert.DoesNotContain("loading", page.Text, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void LoadingListsShowALoader()
    {
        var host = new PluginHost(new Scenario().ListLoading("Pod"));

        Assert.Equal("Loading Kmesh daemons", host.Render("kmesh-nodes").Single("Loader").VisibleText());
    }
}
