using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

/// <summary>The plugin inside Headlamp's own pages: the Kmesh column of the Pods and Namespaces tables, the map
/// sources, the KmeshNodeInfo kind icon, the sidebar filter and the settings page, each called as Headlamp calls it.</summary>
public class HeadlampPagesTests
{
    private const string PluginName = "kmesh-headlamp-plugin";

    private static Scenario Mixed() => Clusters.HealthyDualEngine()
        .List("Pod", new[]
        {
            Clusters.AppPod("productpage-v1-d5789fdfb-4l8sm", "default", "kmesh-worker", managed: true),
            Clusters.AppPod("ratings-v1-6c8c7b6d8-p2q9z", "default", "kmesh-worker2", managed: false),
            Clusters.AppPod("legacy-7f9c-abcde", "default", "kmesh-worker", managed: false, new JsonObject { ["istio.io/dataplane-mode"] = "none" }),
            Clusters.AppPod("coredns-7db6d8ff4d-2xk9p", "kube-system", "kmesh-control-plane", managed: false),
        });

    private static int ListCalls(PluginHost host, string kind) =>
        host.Calls.Count(c => c!["hook"]?.GetValue<string>() == "useList" && c["kind"]?.GetValue<string>() == kind);

    [Fact]
    public void Pods_table_gets_a_sortable_Kmesh_column_from_the_namespace_list_alone()
    {
        var host = new PluginHost(Mixed());
        RenderResult table = host.RenderHarness("tableComponent('headlamp-pods', 'Pod')");

        Assert.Equal("name,namespace,age,kmesh", table.Single("HeadlampTable").Prop("columns"));
        Assert.All(table.All("Cell"), c => Assert.Equal("Kmesh", c.Prop("label")));
        Assert.Equal("[\"managed\",\"intended, not managed\",\"not enrolled\",\"not enrolled\"]", host.Evaluate("__harness.columnValues('headlamp-pods', 'Pod', 'kmesh')"));
        Assert.Equal(new[] { ("success", "managed"), ("error", "intended, not managed"), ("", "not enrolled"), ("", "not enrolled") }, table.Statuses);
        Assert.Contains("namespace label istio.io/dataplane-mode=Kmesh, but the daemon has not annotated it kmesh.net/redirection=enabled",
            table.All("Tooltip").Select(t => t.Prop("title")));
        // One namespace list for the whole table, whatever the number of rows; no other list.
        Assert.Equal(4, table.All("Row").Count());
        Assert.Equal(0, ListCalls(host, "Pod"));
        Assert.True(host.Calls.Where(c => c!["hook"]?.GetValue<string>() == "useList").All(c => c!["kind"]!.GetValue<string>() == "Namespace"));

        Assert.Equal("[\"ratings-v1-6c8c7b6d8-p2q9z\",\"productpage-v1-d5789fdfb-4l8sm\",\"legacy-7f9c-abcde\",\"coredns-7db6d8ff4d-2xk9p\"]",
            host.Evaluate("__harness.sortedBy('headlamp-pods', 'Pod', 'kmesh')"));
    }

    [Fact]
    public void Pods_table_says_unknown_when_the_namespaces_are_forbidden_and_only_the_pod_cannot_decide()
    {
        var host = new PluginHost(Mixed().ListError("Namespace", 403, "Forbidden - namespaces is forbidden: User \"dev\" cannot list resource \"namespaces\""));
        RenderResult table = host.RenderHarness("tableComponent('headlamp-pods', 'Pod')");
        Assert.Equal(new[] { "managed", "unknown", "not enrolled", "unknown" }, table.Statuses.Select(s => s.Label));
        Assert.Equal("warning", table.Statuses[1].Status);
    }

    [Fact]
    public void Namespaces_table_column_counts_each_namespaces_pods_from_one_pod_list()
    {
        var host = new PluginHost(Mixed());
        RenderResult table = host.RenderHarness("tableComponent('headlamp-namespaces', 'Namespace')");
        Assert.Equal(new[] { "intended, not managed", "not enrolled", "not enrolled" }, table.Statuses.Select(s => s.Label));
        Assert.Equal("[\"intended, not managed\",\"not enrolled\",\"not enrolled\"]", host.Evaluate("__harness.columnValues('headlamp-namespaces', 'Namespace', 'kmesh')"));
        Assert.Contains("namespace label istio.io/dataplane-mode=Kmesh; 1 managed of 2 intended pods: 1 not managed", table.All("Tooltip").Select(t => t.Prop("title")));
        Assert.True(host.Calls.Where(c => c!["hook"]?.GetValue<string>() == "useList").All(c => c!["kind"]!.GetValue<string>() == "Pod" && c["namespace"] is null));
    }

    [Fact]
    public void Other_tables_are_left_as_they_are()
    {
        var host = new PluginHost(Mixed());
        RenderResult table = host.RenderHarness("tableComponent('headlamp-services', 'Service')");
        Assert.Equal("name,namespace,age", table.Single("HeadlampTable").Prop("columns"));
    }

    [Fact]
    public void Map_shows_namespace_to_waypoint_to_service_to_pods_with_status_colours()
    {
        var reviews = new JsonObject
        {
            ["apiVersion"] = "v1", ["kind"] = "Service",
            ["metadata"] = Clusters.Meta("reviews", "default", labels: new JsonObject { ["istio.io/use-waypoint"] = "waypoint" }),
            ["spec"] = new JsonObject { ["selector"] = new JsonObject { ["app"] = "reviews" } },
        };
        var host = new PluginHost(Mixed()
            .List("Namespace", new[] { Clusters.Namespace("default", "Kmesh", useWaypoint: "waypoint"), Clusters.Namespace("kube-system") })
            .List("Service", new[] { reviews })
            .List("Pod", new[]
            {
                Clusters.AppPod("reviews-v1-5b5d6494f4-hx8pv", "default", "kmesh-worker", managed: true),
                Clusters.AppPod("reviews-v2-7d8f9c6b5-q4w7e", "default", "kmesh-worker2", managed: false),
            }));
        RenderResult map = host.RenderHarness("mapComponent('kmesh-waypoints')");

        var nodes = map.All("GraphNode").Select(n => $"{n.Prop("kind")} {n.Prop("label")} {n.Prop("status")}".TrimEnd()).ToList();
        Assert.Equal(new[] { "Gateway waypoint success", "Namespace default error", "Service reviews", "Pod reviews-v1-5b5d6494f4-hx8pv success", "Pod reviews-v2-7d8f9c6b5-q4w7e error" }, nodes);
        var labels = map.All("GraphNode").ToDictionary(n => n.Prop("id")!, n => n.Prop("label"));
        var edges = map.All("GraphEdge").Select(e => $"{labels[e.Prop("source")!]} -> {labels[e.Prop("target")!]}").ToList();
        Assert.Equal(new[]
        {
            "default -> waypoint",
            "waypoint -> reviews",
            "reviews -> reviews-v1-5b5d6494f4-hx8pv",
            "reviews -> reviews-v2-7d8f9c6b5-q4w7e",
        }, edges);
        Assert.Contains("uid-default-reviews", labels.Keys);
    }

    [Fact]
    public void Map_shows_each_node_with_its_daemon_and_node_info()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());
        RenderResult map = host.RenderHarness("mapComponent('kmesh-daemons')");
        Assert.Equal(3, map.All("GraphNode").Count(n => n.Prop("kind") == "Node"));
        Assert.Equal(3, map.All("GraphNode").Count(n => n.Prop("kind") == "Pod" && n.Prop("status") == "success"));
        Assert.Equal(3, map.All("GraphNode").Count(n => n.Prop("kind") == "KmeshNodeInfo"));
        Assert.Equal(6, map.All("GraphEdge").Count());
    }

    [Fact]
    public void Map_source_waits_for_its_lists_and_a_missing_gateway_api_adds_nothing()
    {
        var loading = new PluginHost(Clusters.HealthyDualEngine().ListLoading("Gateway"));
        Assert.Equal("true", loading.RenderHarness("mapComponent('kmesh-waypoints')").Single("Graph").Prop("loading"));
        var notInstalled = new PluginHost(Clusters.NotInstalled());
        RenderResult map = notInstalled.RenderHarness("mapComponent('kmesh-waypoints')");
        Assert.Equal("false", map.Single("Graph").Prop("loading"));
        Assert.Empty(map.All("GraphNode"));
    }

    [Fact]
    public void KmeshNodeInfo_gets_the_plugins_icon()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());
        var call = host.Calls.Single(c => c!["register"]?.GetValue<string>() == "registerKindIcon")!;
        Assert.Equal("KmeshNodeInfo", call["args"]![0]!.GetValue<string>());
        Assert.Equal("true", host.Evaluate("(() => { const d = __harness.registered('registerKindIcon')[0][1]; return String(d.icon.type.fake === 'Icon' && d.icon.props.icon === 'mdi:hexagon-multiple-outline'); })()"));
    }

    private const string ProbePath = "/api/v1/namespaces/kmesh-system/pods?labelSelector=app%3Dkmesh&limit=1";

    private static string Filter(PluginHost host, string entry) =>
        host.Evaluate($"(() => {{ const r = __harness.registered('registerSidebarEntryFilter')[0][0]({{ name: '{entry}' }}); return r === null ? 'hidden' : 'shown'; }})()");

    [Fact]
    public void Sidebar_section_disappears_where_kmesh_is_not_installed_after_one_probe_per_cluster()
    {
        var host = new PluginHost(Clusters.NotInstalled().Request(ProbePath, 200, "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[]}"));
        int entriesBefore = host.SidebarEntries.Count;
        Assert.Equal("shown", Filter(host, "kmesh"));
        host.RunPending();
        Assert.Equal("hidden", Filter(host, "kmesh"));
        Assert.Equal("shown", Filter(host, "pods"));
        Assert.Equal(entriesBefore + 1, host.SidebarEntries.Count);
        Assert.Equal(1, host.Requests.Count(r => r!["path"]!.GetValue<string>() == ProbePath));
        Assert.False(host.Requests.Single(r => r!["path"]!.GetValue<string>() == ProbePath)!["autoLogoutOnAuthError"]!.GetValue<bool>());
    }

    [Fact]
    public void Sidebar_section_stays_where_kmesh_runs_or_the_probe_cannot_tell()
    {
        var installed = new PluginHost(Clusters.HealthyDualEngine().Request(ProbePath, 200, "{\"kind\":\"PodList\",\"items\":[{\"metadata\":{\"name\":\"kmesh-7dq2x\"}}]}"));
        Filter(installed, "kmesh");
        installed.RunPending();
        Assert.Equal("shown", Filter(installed, "kmesh"));

        var forbidden = new PluginHost(Clusters.NotInstalled().Request(ProbePath, 403, "{\"kind\":\"Status\",\"message\":\"pods is forbidden\",\"code\":403}"));
        Filter(forbidden, "kmesh");
        forbidden.RunPending();
        Assert.Equal("shown", Filter(forbidden, "kmesh"));
    }

    [Fact]
    public void Settings_page_stores_each_field_and_every_view_moves_to_the_new_namespace()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());
        Assert.Equal(PluginName, host.Calls.Single(c => c!["register"]?.GetValue<string>() == "registerPluginSettings")!["args"]![0]!.GetValue<string>());
        Assert.False(host.Calls.Single(c => c!["register"]?.GetValue<string>() == "registerPluginSettings")!["args"]![2]!.GetValue<bool>());

        RenderResult page = host.RenderHarness($"settingsComponent('{PluginName}')");
        Assert.Contains("In force: namespace kmesh-system, daemons app=kmesh, container kmesh, admin port 15200, metrics port 15020.", page.Text);
        RenderedNode ns = page.All("TextField").Single(f => f.Prop("label") == "Kmesh namespace");
        Assert.Equal("kmesh-system", ns.Prop("placeholder"));

        page = host.Type(ns, "Mesh_Dataplane");
        ns = page.All("TextField").Single(f => f.Prop("label") == "Kmesh namespace");
        Assert.Equal("true", ns.Prop("error"));
        Assert.Equal("\"Mesh_Dataplane\" is not a namespace name: lower-case letters, digits and '-', at most 63; using \"kmesh-system\".", ns.Prop("helperText"));

        page = host.Type(ns, "mesh-dataplane");
        Assert.Contains("In force: namespace mesh-dataplane,", page.Text);
        Assert.Equal("mesh-dataplane", host.Evaluate($"__harness.configs()['{PluginName}'].kmeshNamespace"));

        host.Render("kmesh-overview");
        var namespaces = host.Calls.Where(c => c!["hook"]?.GetValue<string>() == "useList" && c["kind"]?.GetValue<string>() is "Pod" or "KmeshNodeInfo" or "Event" && c["namespace"] is not null)
            .Select(c => c!["namespace"]!.GetValue<string>()).Distinct().ToList();
        Assert.Equal(new[] { "mesh-dataplane" }, namespaces);
    }

    private static RenderedNode ExecSwitch(RenderResult page) => page.All("Switch").Single(s => s.Prop("id") == "kmesh-settings-allow-exec");

    [Fact]
    public void Read_only_is_set_in_the_settings_and_hides_the_node_pages_switches()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine().RouteParams(new JsonObject { ["name"] = "kmesh-worker" }));
        RenderResult page = host.RenderHarness($"settingsComponent('{PluginName}')");
        RenderedNode toggle = page.All("Switch").Single(s => s.Prop("id") == "kmesh-settings-read-only");
        Assert.Equal("false", toggle.Prop("checked"));

        page = host.Invoke(toggle, "onChange", new JsonObject { ["target"] = new JsonObject { ["checked"] = true } });

        Assert.Equal("true", page.All("Switch").Single(s => s.Prop("id") == "kmesh-settings-read-only").Prop("checked"));
        Assert.Equal("true", host.Evaluate($"String(__harness.configs()['{PluginName}'].readOnly)"));
        page = host.Render("kmesh-node");
        Assert.Contains("The plugin is in read-only mode", page.Text);
        Assert.DoesNotContain(page.All("Button"), b => b.VisibleText() is "Turn on" or "Turn off");
    }

    [Fact]
    public void Turning_exec_off_is_stored_and_explained()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());
        RenderResult page = host.RenderHarness($"settingsComponent('{PluginName}')");
        RenderedNode toggle = ExecSwitch(page);
        Assert.Equal("true", toggle.Prop("checked"));
        _ = host.Evaluate("0");
        page = host.Invoke(toggle, "onChange", new JsonObject { ["target"] = new JsonObject { ["checked"] = false } });
        Assert.Equal("false", ExecSwitch(page).Prop("checked"));
        Assert.Contains("Exec is off", page.Text);
        Assert.Equal("false", host.Evaluate($"String(__harness.configs()['{PluginName}'].allowExec)"));
    }
}
