using System.IO;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kmesh.EndToEnd.Tests.Infrastructure;
using Kmesh.Preview.Cli;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Server;

[Collection(PreviewCollection.Name)]
public sealed class BackendTests
{
    private readonly PreviewServers servers;

    public BackendTests(PreviewServers servers) => this.servers = servers;

    [Fact]
    public async Task Config_names_the_one_simulated_cluster()
    {
        var http = new KubeHttp(await servers.GetAsync("healthy"));
        var (status, body, _) = await http.GetRawAsync("config");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"clusters":[{"name":"kmesh-preview","server":"https://simulated.invalid","auth_type":"","meta_data":{}}]}""", body);
    }

    [Fact]
    public async Task Plugins_list_uses_the_v038_format_and_can_switch_to_paths()
    {
        var http = new KubeHttp(await servers.GetAsync("healthy"));
        Assert.Equal("""[{"path":"plugins/kmesh-headlamp-plugin","type":"development","name":"kmesh-headlamp-plugin"}]""", (await http.GetRawAsync("plugins")).Body);
        var legacy = new KubeHttp(await servers.GetAsync("healthy", PluginListFormat.Paths));
        Assert.Equal("""["plugins/kmesh-headlamp-plugin"]""", (await legacy.GetRawAsync("plugins")).Body);
    }

    [Fact]
    public async Task Plugin_folder_is_served_from_the_plugin_dir()
    {
        var http = new KubeHttp(await servers.GetAsync("healthy"));
        var main = await http.GetRawAsync("plugins/kmesh-headlamp-plugin/main.js");
        Assert.Equal(HttpStatusCode.OK, main.Status);
        Assert.Equal(File.ReadAllText(Path.Combine(servers.PluginDir, "main.js")), main.Body);
        var package = JsonNode.Parse((await http.GetRawAsync("plugins/kmesh-headlamp-plugin/package.json")).Body)!;
        Assert.Equal("^0.14.0", package["devDependencies"]!["@kinvolk/headlamp-plugin"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await http.GetRawAsync("plugins/kmesh-headlamp-plugin/locales/en/translation.json")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetRawAsync("plugins/kmesh-headlamp-plugin/missing.js")).Status);
    }

    [Fact]
    public async Task Page_is_served_with_index_fallback_for_deep_links()
    {
        var http = new KubeHttp(await servers.GetAsync("healthy"));
        var root = await http.GetRawAsync("");
        Assert.Contains("<div id=\"root\">", root.Body);
        var deep = await http.GetRawAsync("c/kmesh-preview/kmesh/nodes");
        Assert.Equal(HttpStatusCode.OK, deep.Status);
        Assert.Equal(root.Body, deep.Body);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetRawAsync("assets/missing-chunk.js")).Status);
    }

    [Fact]
    public async Task Scenario_endpoint_feeds_the_banner()
    {
        var http = new KubeHttp(await servers.GetAsync("degraded"));
        var scenario = JsonNode.Parse((await http.GetRawAsync("preview/scenario")).Body)!;
        Assert.Equal("degraded", scenario["name"]!.GetValue<string>());
        Assert.Equal("Degraded dual-engine cluster", scenario["title"]!.GetValue<string>());
        Assert.Contains("CrashLoopBackOff", scenario["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Request_log_counts_what_a_view_asked_for()
    {
        var server = await servers.GetAsync("kernel-native");
        var http = new KubeHttp(server);
        using var client = new System.Net.Http.HttpClient { BaseAddress = server.BaseAddress };
        (await client.DeleteAsync("preview/requests")).EnsureSuccessStatusCode();
        await http.GetOkAsync("/api/v1/nodes?limit=2");
        await http.GetAsync("/api/v1/namespaces/kmesh-system/pods/nope");
        await http.GetRawAsync("config");
        var log = JsonNode.Parse((await http.GetRawAsync("preview/requests")).Body)!;
        Assert.Equal(2, log["total"]!.GetValue<int>());
        var requests = log["requests"]!.AsArray();
        Assert.Equal("/clusters/kmesh-preview/api/v1/nodes?limit=2", requests[0]!["path"]!.GetValue<string>());
        Assert.Equal(200, requests[0]!["status"]!.GetValue<int>());
        Assert.Equal(404, requests[1]!["status"]!.GetValue<int>());

        using var watch = new System.Net.WebSockets.ClientWebSocket();
        watch.Options.AddSubProtocol("base64.binary.k8s.io");
        await watch.ConnectAsync(new System.Uri(ExecClient.ToWebSocket(server.BaseAddress), http.ClusterPath("/api/v1/nodes?watch=1")), default);
        var withWatch = JsonNode.Parse((await http.GetRawAsync("preview/requests")).Body)!;
        var open = withWatch["requests"]!.AsArray()[2]!;
        Assert.Equal(101, open["status"]!.GetValue<int>());
        Assert.True(open["webSocket"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Ready_endpoint_turns_200_once_every_object_is_rendered()
    {
        var server = await servers.GetAsync("healthy");
        await server.WarmUp;
        var http = new KubeHttp(server);
        var (status, body, _) = await http.GetRawAsync("preview/ready");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ready\n", body);
    }

    [Fact]
    public async Task Unknown_cluster_is_404()
    {
        var http = new KubeHttp(await servers.GetAsync("healthy"));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetRawAsync("clusters/other/api/v1/pods")).Status);
    }
}
