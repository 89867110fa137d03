using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kmesh.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Server;

/// <summary>
/// What the simulated daemon and API server generate must look like the real documents (Fixtures/kmesh): same keys,
/// same key order, same indentation, same metric families and label names.
/// </summary>
[Collection(PreviewCollection.Name)]
public sealed class ShapeConformanceTests
{
    private static readonly HashSet<string> MapPaths = new()
    {
        "$.metadata.labels", "$.metadata.annotations", "$.items[].metadata.labels", "$.items[].metadata.annotations",
    };

    private readonly PreviewServers servers;

    public ShapeConformanceTests(PreviewServers servers) => this.servers = servers;

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "kmesh", name));

    private async Task<string> AdminBodyAsync(string scenario, string path)
    {
        var server = await servers.GetAsync(scenario);
        var http = new KubeHttp(server);
        var pod = KubeHttp.Names(await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods?fieldSelector=spec.nodeName%3Dkmesh-worker"))[0];
        var output = await ExecClient.RunAsync(server, "kmesh-system", pod, AdminCommandLine.For("GET", path));
        return HttpResponseText.Parse(output.Stdout).Body;
    }

    private static void AssertConforms(string generated, string reference)
    {
        var violations = JsonShape.Of(JsonNode.Parse(generated), MapPaths).ViolationsAgainst(JsonShape.Of(JsonNode.Parse(reference), MapPaths));
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private static string IndentOfFirstKey(string json) => json.Split('\n')[1][..json.Split('\n')[1].IndexOf('"')];

    [Theory]
    [InlineData("healthy", "/debug/config_dump/dual-engine", "dual-engine-config-dump.json")]
    [InlineData("healthy", "/debug/config_dump/bpf/dual-engine", "dual-engine-bpf-dump.json")]
    [InlineData("kernel-native", "/debug/config_dump/kernel-native", "kernel-native-config-dump.json")]
    [InlineData("kernel-native", "/debug/config_dump/bpf/kernel-native", "kernel-native-config-dump.json")]
    [InlineData("healthy", "/version", "version.json")]
    [InlineData("healthy", "/debug/loggers?name=default", "logger-default.json")]
    public async Task Admin_documents_match_the_daemons_layout(string scenario, string path, string fixture)
    {
        var generated = await AdminBodyAsync(scenario, path);
        var reference = Fixture(fixture);
        AssertConforms(generated, reference);
        Assert.Equal(IndentOfFirstKey(reference), IndentOfFirstKey(generated));
    }

    [Fact]
    public async Task Version_has_exactly_the_version_info_fields_in_order()
    {
        var generated = JsonNode.Parse(await AdminBodyAsync("healthy", "/version"))!.AsObject().Select(kv => kv.Key);
        var reference = JsonNode.Parse(Fixture("version.json"))!.AsObject().Select(kv => kv.Key);
        Assert.Equal(reference, generated);
    }

    [Fact]
    public async Task Kubernetes_documents_match_the_real_objects_layout()
    {
        var http = new KubeHttp(await servers.GetAsync("healthy"));
        var (_, nodeInfos, _) = await http.GetRawAsync(http.ClusterPath("/apis/kmesh.net/v1alpha1/namespaces/kmesh-system/kmeshnodeinfos"));
        AssertConforms(nodeInfos, Fixture("kmeshnodeinfo-list.json"));
        var (_, gateway, _) = await http.GetRawAsync(http.ClusterPath("/apis/gateway.networking.k8s.io/v1/namespaces/default/gateways/waypoint"));
        AssertConforms(gateway, Fixture("waypoint-gateway.json"));
    }

    [Fact]
    public async Task Metrics_use_the_daemons_families_help_texts_and_label_names()
    {
        var server = await servers.GetAsync("healthy");
        var http = new KubeHttp(server);
        var pod = KubeHttp.Names(await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods?fieldSelector=spec.nodeName%3Dkmesh-worker"))[0];
        string generated;
        await ExecClient.RunAsync(server, "kmesh-system", pod, AdminCommandLine.For("POST", "/workload_metrics?enable=true"));
        try
        {
            (_, generated, _) = await http.GetRawAsync(http.ClusterPath($"/api/v1/namespaces/kmesh-system/pods/{pod}:15020/proxy/status/metric"));
        }
        finally
        {
            // The servers are shared by the collection: leave the daemon as other tests expect it.
            await ExecClient.RunAsync(server, "kmesh-system", pod, AdminCommandLine.For("POST", "/workload_metrics?enable=false"));
        }
        var reference = Fixture("metrics.prom");

        var referenceHelp = HelpLines(reference);
        var generatedHelp = HelpLines(generated);
        Assert.Contains("kmesh_tcp_workload_connections_opened_total", generatedHelp.Keys);
        foreach (var (family, help) in generatedHelp)
        {
            Assert.Equal(referenceHelp[family], help);
            Assert.Equal(LabelNames(reference, family), LabelNames(generated, family));
        }
        var families = generatedHelp.Keys.ToList();
        Assert.Equal(families.Order(StringComparer.Ordinal), families);
    }

    private static Dictionary<string, string> HelpLines(string text) => text.Split('\n')
        .Where(l => l.StartsWith("# HELP ", StringComparison.Ordinal))
        .Select(l => l["# HELP ".Length..])
        .ToDictionary(l => l[..l.IndexOf(' ')], l => l[(l.IndexOf(' ') + 1)..]);

    private static string LabelNames(string text, string family)
    {
        var sample = text.Split('\n').First(l => l.StartsWith(family + "{", StringComparison.Ordinal));
        var labels = sample[(sample.IndexOf('{') + 1)..sample.LastIndexOf('}')];
        var names = new StringBuilder();
        var inValue = false;
        var atName = true;
        foreach (var c in labels)
        {
            if (c == '"')
            {
                inValue = !inValue;
                continue;
            }
            if (inValue)
            {
                continue;
            }
            if (c == '=')
            {
                atName = false;
            }
            else if (c == ',')
            {
                names.Append(',');
                atName = true;
            }
            else if (atName)
            {
                names.Append(c);
            }
        }
        return names.ToString();
    }
}
