using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Rendering;

/// <summary>What the built main.js registers when Headlamp loads it, and that it loads the way Headlamp loads it.</summary>
public class RegistrationTests
{
    private static string Str(JsonNode? node) => node?.GetValue<string>() ?? "(null)";

    [Fact]
    public void SidebarHasAKmeshSectionWithItsEntries()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());

        var entries = host.SidebarEntries.Select(e => (Parent: e!["parent"]?.GetValue<string>(), Name: Str(e["name"]), Label: host.RenderHarness($"sidebarLabel('{Str(e["name"])}')").Text, Url: Str(e["url"]))).ToList();

        Assert.Equal(new (string?, string, string, string)[]
        {
            (null, "kmesh", "Kmesh", "/kmesh"),
            ("kmesh", "kmesh-overview", "Overview", "/kmesh"),
            ("kmesh", "kmesh-nodes", "Nodes", "/kmesh/nodes"),
            ("kmesh", "kmesh-waypoints", "Waypoints", "/kmesh/waypoints"),
            ("kmesh", "kmesh-bpf-maps", "eBPF Maps", "/kmesh/bpf-maps"),
            ("kmesh", "kmesh-workloads", "Workloads", "/kmesh/workloads"),
            ("kmesh", "kmesh-services", "Services", "/kmesh/services"),
            ("kmesh", "kmesh-policies", "Authorization Policies", "/kmesh/policies"),
            ("kmesh", "kmesh-traffic", "Traffic", "/kmesh/traffic"),
            ("kmesh", "kmesh-kernel-native", "Kernel-native config", "/kmesh/kernel-native"),
        }, entries);
        Assert.Equal("mdi:hexagon-multiple-outline", Str(host.SidebarEntries[0]!["icon"]));
    }

    [Fact]
    public void SidebarLabelsFollowTheLanguage()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());
        host.UseLanguage("zh");

        Assert.Equal("概览", host.RenderHarness("sidebarLabel('kmesh-overview')").Text);
        Assert.Equal("授权策略", host.RenderHarness("sidebarLabel('kmesh-policies')").Text);
        Assert.Equal("Kmesh", host.RenderHarness("sidebarLabel('kmesh')").Text);
    }

    [Fact]
    public void RoutesAreNamedAndPointAtTheirSidebarEntries()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());

        var routes = host.Routes.Select(r => (Name: Str(r!["name"]), Path: Str(r["path"]), Sidebar: Str(r["sidebar"]))).ToList();

        Assert.Equal(new[]
        {
            ("kmesh-overview", "/kmesh", "kmesh-overview"),
            ("kmesh-nodes", "/kmesh/nodes", "kmesh-nodes"),
            ("kmesh-nodes-filtered", "/kmesh/nodes/status/:status", "kmesh-nodes"),
            ("kmesh-node", "/kmesh/nodes/:name", "kmesh-nodes"),
            ("kmesh-waypoints", "/kmesh/waypoints", "kmesh-waypoints"),
            ("kmesh-waypoint", "/kmesh/waypoints/:namespace/:name", "kmesh-waypoints"),
            ("kmesh-bpf-maps", "/kmesh/bpf-maps/:node?", "kmesh-bpf-maps"),
            ("kmesh-workloads", "/kmesh/workloads", "kmesh-workloads"),
            ("kmesh-services", "/kmesh/services", "kmesh-services"),
            ("kmesh-policies", "/kmesh/policies", "kmesh-policies"),
            ("kmesh-traffic", "/kmesh/traffic/:node?", "kmesh-traffic"),
            ("kmesh-kernel-native", "/kmesh/kernel-native/:node?", "kmesh-kernel-native"),
        }, routes);
    }

    [Fact]
    public void CustomResourceClassesAreMadeForKmeshNodeInfoAndGateways()
    {
        var host = new PluginHost(Clusters.HealthyDualEngine());
        host.Render("kmesh-waypoints");

        var crds = host.Calls.Where(c => c!["crd"] is not null).ToList();

        var nodeInfo = crds.Single(c => Str(c!["crd"]) == "KmeshNodeInfo")!;
        Assert.Equal("kmesh.net", Str(nodeInfo["apiInfo"]![0]!["group"]));
        Assert.Equal("v1alpha1", Str(nodeInfo["apiInfo"]![0]!["version"]));
        Assert.Equal("kmeshnodeinfos", Str(nodeInfo["pluralName"]));
        Assert.True(nodeInfo["isNamespaced"]!.GetValue<bool>());
        var gateway = crds.Single(c => Str(c!["crd"]) == "Gateway")!;
        Assert.Equal("gateway.networking.k8s.io", Str(gateway["apiInfo"]![0]!["group"]));
        Assert.Equal("v1", Str(gateway["apiInfo"]![0]!["version"]));
        Assert.Equal("gateways", Str(gateway["pluralName"]));
    }

    [Fact]
    public void MainJsIsOneClassicScriptWithoutModulesOrTopLevelThis()
    {
        string js = File.ReadAllText(PluginHost.MainJsPath);

        Assert.Matches(new Regex(@"^\s*(//[^\n]*\n\s*)*\(function\s*\(\)\s*\{\s*""use strict"";"), js);
        Assert.DoesNotMatch(new Regex(@"^\s*(import|export)\s", RegexOptions.Multiline), js);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(PluginHost.MainJsPath)!, "main.js.br")));
    }
}
