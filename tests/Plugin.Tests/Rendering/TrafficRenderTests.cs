using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

public class TrafficRenderTests
{
    /// <summary>The requests that reach a daemon (the page's access review of the daemon list and its paged read of the
    /// daemons' node names are not sampling).</summary>
    private static List<JsonNode?> DaemonRequests(PluginHost host) =>
        host.Requests.Where(r => r!["path"]!.GetValue<string>() is var path
            && path != "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews" && !path.StartsWith("/api/v1/namespaces/kmesh-system/pods?")).ToList();

    private const string WorkerPod = "kmesh-b9kfm";
    private static readonly string MetricsPath = $"/api/v1/namespaces/kmesh-system/pods/{WorkerPod}:15020/proxy/status/metric";

    /// <summary>Every sample value times <paramref name="factor"/>, as the daemon's counters grow.</summary>
    private static string Grow(string page, double factor) => string.Join("\n", page.Split('\n').Select(line =>
    {
        int space = line.LastIndexOf(' ');
        if (line.Length == 0 || line[0] == '#' || space < 0) return line;
        double value = double.Parse(line[(space + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return line[..(space + 1)] + System.Math.Round(value * factor).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
    }));

    private static string WithoutWorkloadFamilies(string page) => string.Join("\n", page.Split('\n').Where(line =>
        !(line.Contains("kmesh_tcp_workload_") || line.Contains("kmesh_tcp_retrans") || line.Contains("kmesh_tcp_packet_loss") || line.Contains("kmesh_tcp_connection_"))));

    private static Scenario OnWorker(Scenario scenario) => scenario.RouteParams(new JsonObject { ["node"] = "kmesh-worker" });

    private static PluginHost Host(Scenario scenario) => new(scenario) { TimerWindowMs = 0 };

    [Fact]
    public void WithoutANodeNothingIsSampled()
    {
        var host = Host(Clusters.HealthyDualEngine());

        RenderResult page = host.Render("kmesh-traffic");

        Assert.Contains("Choose a node", page.Text);
        Assert.Empty(DaemonRequests(host));
        Assert.Empty(host.Execs);
    }

    [Fact]
    public void ThePickerOffersTheNodeNamesAndOnlyTheChosenNodesDaemonIsListed()
    {
        var host = Host(OnWorker(Clusters.HealthyDualEngine()).Request(MetricsPath, 200, Scenario.Fixture("metrics.prom")));

        RenderResult page = host.Render("kmesh-traffic");

        Assert.Equal(new[] { "kmesh-control-plane", "kmesh-worker", "kmesh-worker2" }, page.All("TextField").First().All("MenuItem").Select(m => m.VisibleText()));
        Assert.Contains("/api/v1/namespaces/kmesh-system/pods?labelSelector=app%3Dkmesh&limit=500", host.Requests.Select(r => r!["path"]!.GetValue<string>()));
        var podLists = host.Calls.Where(c => c!["hook"]?.GetValue<string>() == "useList" && c["kind"]!.GetValue<string>() == "Pod").ToList();
        Assert.NotEmpty(podLists);
        Assert.All(podLists, c => Assert.Equal("spec.nodeName=kmesh-worker", c!["fieldSelector"]!.GetValue<string>()));
    }

    [Fact]
    public void OneNodesMetricsShowPerServiceAndPerWorkloadTrafficThenRates()
    {
        string metrics = Scenario.Fixture("metrics.prom");
        var host = Host(OnWorker(Clusters.HealthyDualEngine()).RequestSequence(MetricsPath, (200, metrics), (200, Grow(metrics, 1.5))));

        RenderResult page = host.Render("kmesh-traffic");

        var services = page.All("SimpleTable").First();
        var reviews = services.RowTexts().Single(r => r[0] == "reviews");
        Assert.Equal(new[] { "reviews", "default", "412", "2", "2.8 MiB", "311.0 KiB", "–", "–", "–" }, reviews);
        Assert.Contains(services.RowTexts(), r => r[0] == "93.184.216.34" && r[1] == "outside the mesh");
        Assert.Contains("Rates appear after the second sample.", page.Text);
        Assert.Equal(new[] { MetricsPath }, DaemonRequests(host).Select(r => r!["path"]!.GetValue<string>()));
        Assert.Empty(host.Execs);
        Assert.Contains("through the pod proxy", page.Text);

        page = host.AdvanceTime(10000);

        Assert.Equal(2, DaemonRequests(host).Count);
        Assert.Equal("1", page.Single("LineChart").Prop("points"));
        reviews = page.All("SimpleTable").First().RowTexts().Single(r => r[0] == "reviews");
        Assert.Equal("20.6/s", reviews[6]);
        var workloads = page.All("SimpleTable").ElementAt(1).RowTexts();
        var reviewsV2 = workloads.Single(r => r[0] == "reviews-v2");
        Assert.Equal("4", reviewsV2[3].Split(' ')[0]); // retransmits (0 + 3) × 1.5, rounded per series
        Assert.StartsWith("618 conns", reviewsV2[2]);
        Assert.Contains(page.All("Link"), l => l.Prop("href") == "/c/test-cluster/services/default/reviews");
    }

    [Fact]
    public void SamplingStopsWhileThePageIsHiddenAndWhenItIsLeft()
    {
        string metrics = Scenario.Fixture("metrics.prom");
        var host = Host(OnWorker(Clusters.HealthyDualEngine()).Request(MetricsPath, 200, metrics));
        host.Render("kmesh-traffic");

        RenderResult page = host.SetVisibility("hidden");
        page = host.AdvanceTime(60000);

        Assert.Single(DaemonRequests(host));
        Assert.Contains("Sampling is paused while the page is hidden.", page.Text);

        page = host.SetVisibility("visible");
        Assert.Equal(2, DaemonRequests(host).Count);
        Assert.DoesNotContain("paused", page.Text);

        Assert.Equal(1, host.PendingTimers);
        host.Unmount();
        Assert.Equal(0, host.VisibilityListeners);
        Assert.Equal(0, host.PendingTimers);
    }

    [Fact]
    public void WorkloadMetricsOffSaysSoAndHowToTurnThemOn()
    {
        var host = Host(OnWorker(Clusters.HealthyDualEngine()).Request(MetricsPath, 200, WithoutWorkloadFamilies(Scenario.Fixture("metrics.prom"))));

        RenderResult page = host.Render("kmesh-traffic");

        Assert.Contains("Workload metrics are off", page.Text);
        Assert.Contains("kmeshctl monitoring --workload-metrics enable", page.Text);
        Assert.Contains("POST /workload_metrics?enable=true", page.Text);
        Assert.Contains(page.All("SimpleTable").First().RowTexts(), r => r[0] == "reviews");
    }

    [Fact]
    public void AnUnreachableMetricsPortSaysWhy()
    {
        var scenario = OnWorker(Clusters.HealthyDualEngine())
            .Request(MetricsPath, 503, "{\"kind\":\"Status\",\"status\":\"Failure\",\"message\":\"error trying to reach service: dial tcp 172.18.0.3:15020: connect: connection refused\",\"code\":503}");
        scenario.Exec = ExecBehaviour.ConnectionRefused;
        var host = Host(scenario);

        RenderResult page = host.Render("kmesh-traffic");

        Assert.Contains("The daemon's metrics could not be read", page.Text);
        Assert.Contains($"Nothing listens on port 15020 of pod {WorkerPod}", page.Text);
        Assert.Contains("dual-engine mode with monitoring on", page.Text);
        Assert.Contains("127.0.0.1:15020/status/metric", string.Join(" ", host.Execs.Single()!["command"]!.AsArray().Select(a => a!.GetValue<string>())));
    }

    [Fact]
    public void AKernelNativeNodeHasNoMetricsToSample()
    {
        var host = Host(OnWorker(Clusters.HealthyDualEngine("kernel-native")));

        RenderResult page = host.Render("kmesh-traffic");

        Assert.Contains("kernel-native mode, which exports no traffic metrics", page.Text);
        Assert.Empty(DaemonRequests(host));
    }
}
