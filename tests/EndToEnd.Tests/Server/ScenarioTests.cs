using System;
using System.IO;
using System.Linq;
using Kmesh.Preview.Cli;
using Kmesh.Preview.Scenarios;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Server;

public sealed class ScenarioTests
{
    private static readonly DateTime Clock = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Same_seed_generates_the_same_cluster_and_another_seed_a_different_one()
    {
        var first = ScenarioCatalog.Create("healthy", 7, Clock).Model;
        var again = ScenarioCatalog.Create("healthy", 7, Clock).Model;
        var other = ScenarioCatalog.Create("healthy", 8, Clock).Model;
        Assert.Equal(first.Pods.Select(p => p.Name + p.Uid), again.Pods.Select(p => p.Name + p.Uid));
        Assert.Equal(first.Daemons.Select(d => d.PodName), again.Daemons.Select(d => d.PodName));
        Assert.NotEqual(first.Pods.Select(p => p.Name), other.Pods.Select(p => p.Name));
    }

    [Fact]
    public void Every_scenario_builds_and_daemons_match_nodes_when_installed()
    {
        foreach (var name in ScenarioCatalog.Names.Where(n => n != "large"))
        {
            var model = ScenarioCatalog.Create(name, ScenarioCatalog.DefaultSeed, Clock).Model;
            // The hostile cluster adds a node per broken admin server and one with the longest name Kubernetes allows.
            Assert.Equal(name == "hostile" ? 7 : 3, model.Nodes.Count);
            Assert.Equal(model.KmeshInstalled ? model.Nodes.Count : 0, model.Daemons.Count);
            Assert.All(model.Pods, p => Assert.Contains(model.Nodes, n => n.Name == p.NodeName));
        }
    }

    [Fact]
    public void Options_parse_the_documented_command_line()
    {
        var options = PreviewOptions.Parse(new[] { "--scenario", "large", "--port", "5000", "--plugin-dir", "x", "--page-dir=y", "--plugins-format", "paths" }, TextWriter.Null)!;
        Assert.Equal(("large", 5000, "x", "y", PluginListFormat.Paths), (options.Scenario, options.Port, options.PluginDir, options.PageDir, options.PluginListFormat));
        var errors = new StringWriter();
        Assert.Null(PreviewOptions.Parse(new[] { "--scenario", "nope" }, errors));
        Assert.Contains("healthy, kernel-native, degraded, not-installed, restricted, restricted-pods, hostile, large", errors.ToString());
        var forbidding = PreviewOptions.Parse(new[] { "--forbid", "pods@kmesh-system", "--forbid=gateways" }, TextWriter.Null)!;
        Assert.Equal(new[] { "pods@kmesh-system", "gateways" }, forbidding.Forbid.Select(f => f.Spec));
        Assert.Null(PreviewOptions.Parse(new[] { "--forbid", "widgets" }, errors));
        Assert.Contains("--forbid widgets: unknown resource 'widgets'", errors.ToString());
        Assert.True(PreviewOptions.Parse(new[] { "--list-scenarios" }, TextWriter.Null)!.ListScenarios);
    }
}
