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
            Assert.Equal(3, model.Nodes.Count);
            Assert.Equal(model.KmeshInstalled ? 3 : 0, model.Daemons.Count);
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
        Assert.Contains("healthy, kernel-native, degraded, not-installed, restricted, large", errors.ToString());
        Assert.True(PreviewOptions.Parse(new[] { "--list-scenarios" }, TextWriter.Null)!.ListScenarios);
    }
}
