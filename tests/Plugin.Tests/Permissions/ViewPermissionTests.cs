using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Permissions;

/// <summary>What the built views actually ask the API server for, rendered in Jint on a healthy cluster: every list,
/// get, proxy request and exec is granted by the kmesh-viewer roles, and every viewer grant the README marks shipped is
/// used by some view (so the viewer holds exactly what the views use, plus what the table marks planned).</summary>
public sealed class ViewPermissionTests
{
    private static readonly Dictionary<string, (string Group, string Resource)> Kinds = new()
    {
        ["Pod"] = ("", "pods"),
        ["Namespace"] = ("", "namespaces"),
        ["Service"] = ("", "services"),
        ["Event"] = ("", "events"),
        ["Node"] = ("", "nodes"),
        ["DaemonSet"] = ("apps", "daemonsets"),
        ["KmeshNodeInfo"] = ("kmesh.net", "kmeshnodeinfos"),
        ["Gateway"] = ("gateway.networking.k8s.io", "gateways"),
    };

    private static readonly Regex PodProxy = new(@"^/api/v1/namespaces/([^/]+)/pods/[^/]+/proxy(/.*)?$");
    private static readonly Regex PodList = new(@"^/api/v1/namespaces/([^/]+)/pods(\?.*)?$");
    private static readonly Regex PodLog = new(@"^/api/v1/namespaces/([^/]+)/pods/[^/]+/log(\?.*)?$");

    /// <summary>API discovery (GET /apis/&lt;group&gt;[/&lt;version&gt;]): non-resource URLs every user may read through the
    /// built-in system:discovery role.</summary>
    private static readonly Regex Discovery = new(@"^/apis/[a-z0-9.-]+(/[a-z0-9]+)?$");

    /// <summary>(verb, group, resource, namespace or null for all namespaces) of every request the views made.</summary>
    private static List<(string Verb, string Group, string Resource, string? Namespace, string Why)> RequestsOfEveryView()
    {
        var needed = new List<(string, string, string, string?, string)>();
        var routeNames = new PluginHost(Clusters.HealthyDualEngine()).Routes.Select(r => r!["name"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(routeNames);
        foreach (string route in routeNames)
        {
            var scenario = Clusters.HealthyDualEngine().RouteParams(route == "kmesh-waypoint"
                ? new JsonObject { ["name"] = "waypoint", ["namespace"] = "default" }
                : new JsonObject { ["name"] = "kmesh-worker", ["node"] = "kmesh-worker" });
            var host = new PluginHost(scenario);
            host.Render(route);
            foreach (JsonNode? call in host.Calls)
            {
                string? hook = call!["hook"]?.GetValue<string>();
                if (hook is null) continue;
                string kind = call["kind"]!.GetValue<string>();
                Assert.True(Kinds.ContainsKey(kind), $"{route}: {hook} of {kind}: add its API group and resource to this test");
                var (group, resource) = Kinds[kind];
                string? ns = call["namespace"]?.GetValue<string>();
                // Headlamp's useList lists and then watches; useGet gets and then watches the one object.
                foreach (string verb in hook == "useList" ? new[] { "list", "watch" } : new[] { "get", "watch" })
                {
                    needed.Add((verb, group, resource, ns, $"{route}: {hook} {kind}"));
                }
            }
            foreach (JsonNode? request in host.Requests)
            {
                string path = request!["path"]!.GetValue<string>();
                string method = request["method"]!.GetValue<string>();
                if (path == "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews") continue; // system:basic-user grants it to everyone
                if (method == "GET" && Discovery.IsMatch(path)) continue;
                Match log = PodLog.Match(path);
                if (log.Success && method == "GET")
                {
                    needed.Add(("get", "", "pods/log", log.Groups[1].Value, $"{route}: {method} {path}"));
                    continue;
                }
                Match podList = PodList.Match(path);
                if (podList.Success && method == "GET")
                {
                    needed.Add(("list", "", "pods", podList.Groups[1].Value, $"{route}: {method} {path}"));
                    continue;
                }
                Match proxy = PodProxy.Match(path);
                Assert.True(proxy.Success, $"{route}: {method} {path}: map this request to its RBAC verb and resource in this test");
                needed.Add((method == "GET" ? "get" : "create", "", "pods/proxy", proxy.Groups[1].Value, $"{route}: {method} {path}"));
            }
            foreach (JsonNode? exec in host.Execs)
            {
                string ns = exec!["namespace"]!.GetValue<string>();
                // A WebSocket exec is a GET (checked as get; Kubernetes 1.35+ also checks create).
                needed.Add(("get", "", "pods/exec", ns, $"{route}: exec in {exec["pod"]}"));
                needed.Add(("create", "", "pods/exec", ns, $"{route}: exec in {exec["pod"]}"));
            }
        }
        return needed;
    }

    private static readonly Lazy<List<(string Verb, string Group, string Resource, string? Namespace, string Why)>> Needed = new(RequestsOfEveryView);

    private static List<Grant> Viewer() =>
        RbacManifests.Grants(RbacManifests.Load().Select(o => o.Object)).Where(g => g.Role.StartsWith("kmesh-viewer", StringComparison.Ordinal)).ToList();

    private static bool Grants(Grant g, (string Verb, string Group, string Resource, string? Namespace, string Why) n) =>
        g.Verb == n.Verb && g.Group == n.Group && g.Resource == n.Resource && (g.Namespace is null || g.Namespace == n.Namespace);

    [Fact]
    public void TheViewsReadTheDaemonThroughProxyAndExecAndListWhatTheyShow()
    {
        var needed = Needed.Value;

        Assert.Contains(needed, n => n.Resource == "pods/exec");
        Assert.Contains(needed, n => n.Resource == "pods/proxy");
        Assert.Contains(needed, n => n.Resource == "gateways" && n.Verb == "get");
        Assert.Contains(needed, n => n.Resource == "pods" && n.Namespace is null);
    }

    [Fact]
    public void EveryRequestOfEveryViewIsGrantedByTheViewerRoles()
    {
        var viewer = Viewer();

        var refused = Needed.Value.Where(n => !viewer.Any(g => Grants(g, n)))
            .Select(n => $"{n.Verb} {(n.Group.Length == 0 ? "" : n.Group + "/")}{n.Resource} in {n.Namespace ?? "all namespaces"} ({n.Why})")
            .Distinct().ToList();

        Assert.Empty(refused);
    }

    [Fact]
    public void EveryShippedViewerGrantIsUsedByAView()
    {
        var needed = Needed.Value;
        var shipped = PermissionsTable.Read().Where(r => r.Shipped && r.Grant.Role.StartsWith("kmesh-viewer", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(shipped);
        var unused = shipped.Where(r => !needed.Any(n => Grants(r.Grant, n))).Select(r => $"{r.Grant} is marked shipped but no view uses it").ToList();
        Assert.Empty(unused);
    }
}
