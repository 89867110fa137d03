using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

/// <summary>The Kmesh sections on Headlamp's Pod, Namespace, Service and Node pages, rendered as Headlamp's details
/// page renders a registered section: each reads only what its one object needs and says precisely what it could not.</summary>
public class SectionsRenderTests
{
    private const string WorkerDaemon = "kmesh-b9kfm";
    private static readonly string MetricsPath = $"/api/v1/namespaces/kmesh-system/pods/{WorkerDaemon}:15020/proxy/status/metric";

    private static PluginHost Host(Scenario scenario) => new(scenario) { TimerWindowMs = 0 };

    private static string[] Hrefs(RenderResult page) => page.All("Link").Select(l => l.Prop("href") ?? "").ToArray();

    private static JsonObject[] Lists(PluginHost host) =>
        host.Calls.Where(c => c!["hook"]?.GetValue<string>() == "useList").Select(c => c!.AsObject()).ToArray();

    /// <summary>Each distinct list the section asked for, as "namespace fieldSelector".</summary>
    private static string[] ListQueries(PluginHost host) =>
        Lists(host).Select(l => (l["namespace"]?.GetValue<string>() ?? "*") + " " + (l["fieldSelector"]?.GetValue<string>() ?? "")).Distinct().ToArray();

    /// <summary>Healthy, plus ratings-v1 enrolled by its namespace but never annotated, on kmesh-worker2 whose daemon
    /// crash-loops, and reviews-v2 (the pod the metrics fixture reports) on kmesh-worker.</summary>
    internal static Scenario Degraded()
    {
        var scenario = Clusters.HealthyDualEngine();
        var daemons = Clusters.NodeNames.Select((n, i) => Clusters.DaemonPod(n, i, ready: n != "kmesh-worker2", restarts: n == "kmesh-worker2" ? 14 : 0));
        return scenario.List("Pod", daemons.Concat(new[]
        {
            Clusters.AppPod("productpage-v1-d5789fdfb-4l8sm", "default", "kmesh-worker", managed: true),
            Clusters.AppPod("reviews-v2-5c757d5846-ptd9c", "default", "kmesh-worker", managed: true),
            Clusters.AppPod("ratings-v1-7c9bd4b87f-qwz5t", "default", "kmesh-worker2", managed: false),
            Clusters.WaypointPod(),
        }))
        .List("Namespace", new[] { Clusters.Namespace("default", "Kmesh", "waypoint"), Clusters.Namespace("kmesh-system"), Clusters.Namespace("kube-system") });
    }

    internal static JsonObject PodOf(Scenario scenario, string name) => scenario.Items("Pod").Single(p => p["metadata"]!["name"]!.GetValue<string>() == name);

    [Fact]
    public void OneSectionIsRegisteredAndItIsSilentOnOtherKindsAndWhileThePageLoads()
    {
        var host = Host(Clusters.HealthyDualEngine());
        Assert.Single(host.Calls, c => c!["register"]?.GetValue<string>() == "registerDetailsViewSection");

        Assert.All(host.RenderDetails("ConfigMap", new JsonObject { ["kind"] = "ConfigMap", ["metadata"] = Clusters.Meta("x", "default") }).Nodes, n => Assert.Equal("Fragment", n.Type));
        Assert.All(host.RenderDetails("Pod", null).Nodes, n => Assert.Equal("Fragment", n.Type));
        Assert.Empty(host.Requests);
        Assert.Empty(host.Execs);
    }

    [Fact]
    public void AnEnrolledButUnmanagedPodIsExplainedByItsCrashLoopingDaemon()
    {
        Scenario scenario = Degraded();
        var host = Host(scenario);

        RenderResult page = host.RenderDetails("Pod", PodOf(scenario, "ratings-v1-7c9bd4b87f-qwz5t"));

        Assert.Contains("Meant to be in the mesh, but Kmesh does not manage it", page.Text);
        Assert.Contains("Not managed: the Kmesh daemon on its node kmesh-worker2 is not ready (container kmesh is in CrashLoopBackOff (14 restarts)).", page.Text);
        Assert.Contains(("error", "Enrolled but not managed"), page.Statuses);
        Assert.Contains("yes: namespace label istio.io/dataplane-mode=Kmesh", page.Text);
        Assert.Contains("no: the pod has no kmesh.net/redirection=enabled annotation", page.Text);
        Assert.Contains(("error", "Not ready"), page.Statuses);
        Assert.Contains("/c/test-cluster/kmesh/nodes/kmesh-worker2", Hrefs(page));
        Assert.Contains("/c/test-cluster/kmesh/waypoints/default/waypoint", Hrefs(page));
        Assert.Contains("Not read: the daemon on its node is not ready, and this page asks no other daemon.", page.Text);
        // Nothing is asked of a daemon that is not ready, and nothing is listed across the cluster.
        Assert.Empty(host.Execs);
        Assert.Empty(host.Requests);
        Assert.Equal(new[] { "kmesh-system spec.nodeName=kmesh-worker2" }, ListQueries(host));
    }

    [Fact]
    public void AManagedPodShowsItsWorkloadEntryPoliciesAndTrafficFromItsNodesDaemonOnly()
    {
        Scenario scenario = Degraded().Request(MetricsPath, 200, Scenario.Fixture("metrics.prom"));
        var host = Host(scenario);

        RenderResult page = host.RenderDetails("Pod", PodOf(scenario, "reviews-v2-5c757d5846-ptd9c"));

        Assert.Contains(("success", "Managed"), page.Statuses);
        Assert.Equal(new[] { WorkerDaemon }, host.Execs.Select(e => e!["pod"]!.GetValue<string>()));
        Assert.Contains("From the config dump of the daemon on node kmesh-worker (pod kmesh-b9kfm).", page.Text);
        Assert.Contains("Protocol\nNONE (plain TCP)", page.Text);
        Assert.Contains("UNHEALTHY", page.Text);
        Assert.Contains("/c/test-cluster/kmesh/services?filter=reviews.default.svc.cluster.local", Hrefs(page));
        Assert.Contains("/c/test-cluster/kmesh/policies?filter=default%20reviews-viewer", Hrefs(page));
        Assert.Contains("ALLOW, scope WORKLOAD_SELECTOR", page.Text);
        Assert.Contains("source namespace is none of default, istio-system AND source IP not in 10.244.0.0/16", page.Text);
        Assert.Contains("/c/test-cluster/kmesh/traffic/kmesh-worker", Hrefs(page));
        // Only that daemon is asked: its admin API (the pod proxy first, refused, then exec) and its metrics.
        Assert.Equal(new[] { $"/api/v1/namespaces/kmesh-system/pods/{WorkerDaemon}:15200/proxy/debug/config_dump/dual-engine", MetricsPath },
            host.Requests.Select(r => r!["path"]!.GetValue<string>()).Distinct());
        Assert.Contains("Inbound (as a server)\n412 conns, sent 2.8 MiB, received 311.0 KiB", page.Text);
    }

    [Fact]
    public void AnUnreadableNamespaceLeavesIntentUnknownWithTheMissingPermission()
    {
        Scenario scenario = Degraded().ListError("Namespace", 403, "Forbidden - namespaces \"default\" is forbidden");
        var host = Host(scenario);

        RenderResult page = host.RenderDetails("Pod", PodOf(scenario, "ratings-v1-7c9bd4b87f-qwz5t"));

        Assert.Contains(("warning", "Unknown"), page.Statuses);
        Assert.Contains("unknown: the namespace's istio.io/dataplane-mode label decides, and the namespace could not be read: Your account may not get namespaces default.", page.Text);
        Assert.DoesNotContain("Enrolled but not managed", page.Text);
    }

    [Fact]
    public void WithoutKmeshEverySectionIsOneQuietLine()
    {
        Scenario scenario = Clusters.NotInstalled();
        var host = Host(scenario);
        const string line = "Kmesh is not installed in this cluster (there is no kmesh-system namespace).";

        Assert.Equal(line, host.RenderDetails("Pod", PodOf(scenario, "coredns-7db6d8ff4d-2xk9p")).Text.Trim());
        Assert.Equal(line, host.RenderDetails("Namespace", scenario.Items("Namespace").First()).Text.Trim());
        Assert.Equal(line, host.RenderDetails("Node", scenario.Items("Node").First()).Text.Trim());
        Assert.Empty(host.Execs);
    }

    [Fact]
    public void TheNamespaceSectionCountsItsPodsListsMismatchesAndChecksItsWaypoint()
    {
        Scenario scenario = Degraded();
        var host = Host(scenario);

        RenderResult page = host.RenderDetails("Namespace", scenario.Items("Namespace").First());

        Assert.Contains(("success", "istio.io/dataplane-mode=Kmesh"), page.Statuses);
        Assert.Contains("Every pod of this namespace is meant to be in the mesh", page.Text);
        Assert.Contains(("success", "programmed"), page.Statuses);
        Assert.Contains("4 pods: 3 meant to be in the mesh, 2 managed", page.Text);
        Assert.Contains("1 pod where intent and state differ", page.Text);
        var row = page.Single("SimpleTable").RowTexts().Single();
        Assert.Equal("ratings-v1-7c9bd4b87f-qwz5t", row[0]);
        Assert.Equal("kmesh-worker2", row[1]);
        Assert.StartsWith("Not managed: the Kmesh daemon on its node kmesh-worker2 is not ready", row[4]);
        Assert.Empty(host.Execs);
        Assert.DoesNotContain(Lists(host), l => l["kind"]!.GetValue<string>() == "Pod" && l["namespace"] is null);
    }

    [Fact]
    public void TheServiceSectionShowsItsWaypointAndItsEntryInTheDump()
    {
        Scenario scenario = Degraded();
        var host = Host(scenario);

        RenderResult page = host.RenderDetails("Service", scenario.Items("Service").First());

        Assert.Contains("(its own label)", page.Text);
        Assert.Contains("/c/test-cluster/kmesh/waypoints/default/waypoint", Hrefs(page));
        Assert.Single(host.Execs);
        Assert.Contains("reviews.default.svc.cluster.local", page.Text);
        Assert.Contains("Workloads behind it (2)\nreviews-v1-5b5d6494f4-hx8pv\nreviews-v2-5c757d5846-ptd9c", page.Text);
        Assert.Contains("Waypoint (in the dump)\ndefault/waypoint\n(10.96.143.232)", page.Text);
        Assert.Contains("Not identifiable: the daemon's BPF dump drops the service map's keys", page.Text);
        Assert.Contains("/c/test-cluster/kmesh/services?filter=reviews.default.svc.cluster.local", Hrefs(page));
    }

    [Fact]
    public void TheNodeSectionShowsItsDaemonVersionModeAndSpi()
    {
        Scenario scenario = Degraded();
        var host = Host(scenario);

        RenderResult page = host.RenderDetails("Node", scenario.Items("Node").ElementAt(1));

        Assert.Contains(("success", "Ready"), page.Statuses);
        Assert.Contains("v1.2.0", page.Text);
        Assert.Contains("dual-engine", page.Text);
        Assert.Contains("IPsec SPI\n2", page.Text);
        Assert.Contains("/c/test-cluster/kmesh/nodes/kmesh-worker", Hrefs(page));
        Assert.Equal(new[] { WorkerDaemon }, host.Execs.Select(e => e!["pod"]!.GetValue<string>()));
        Assert.Equal(new[] { "kmesh-system spec.nodeName=kmesh-worker" }, ListQueries(host));
    }

    [Fact]
    public void TheNodeSectionSaysWhichReadWasForbidden()
    {
        Scenario scenario = Degraded().ListError("KmeshNodeInfo", 403, "Forbidden - kmeshnodeinfos.kmesh.net is forbidden");
        var host = Host(scenario);

        RenderResult page = host.RenderDetails("Node", scenario.Items("Node").Last());

        Assert.Contains(("error", "Not ready"), page.Statuses);
        Assert.Contains("IPsec SPI\nunknown\nYour account may not get kmeshnodeinfos kmesh-system/kmesh-worker2.", page.Text);
        Assert.Empty(host.Execs);

        var denied = Host(Degraded().ListError("Pod", 403, "Forbidden - pods is forbidden"));
        RenderResult unknown = denied.RenderDetails("Node", scenario.Items("Node").Last());
        Assert.Contains("unknown\nYour account may not list pods in namespace kmesh-system.", unknown.Text);
    }
}
