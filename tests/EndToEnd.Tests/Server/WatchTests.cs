using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kmesh.EndToEnd.Tests.Infrastructure;
using Kmesh.Preview;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Server;

[Collection(PreviewCollection.Name)]
public sealed class WatchTests
{
    private readonly PreviewServers servers;

    public WatchTests(PreviewServers servers) => this.servers = servers;

    [Fact]
    public async Task Websocket_watch_sends_added_events_for_current_state_then_stays_open()
    {
        var server = await servers.GetAsync("healthy");
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("base64.binary.k8s.io");
        var uri = new Uri(ExecClient.ToWebSocket(server.BaseAddress),
            $"clusters/{SimulatedCluster.ClusterName}/api/v1/namespaces/kmesh-system/pods?watch=1&labelSelector=app%3Dkmesh");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(uri, timeout.Token);
        Assert.Equal("base64.binary.k8s.io", socket.SubProtocol);

        var events = new List<JsonNode>();
        var buffer = new byte[256 * 1024];
        while (events.Count < 3)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.Equal(WebSocketMessageType.Text, result.MessageType);
            Assert.True(result.EndOfMessage);
            events.Add(JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!);
        }
        Assert.All(events, e =>
        {
            Assert.Equal("ADDED", e["type"]!.GetValue<string>());
            Assert.Equal("Pod", e["object"]!["kind"]!.GetValue<string>());
        });

        using var quiet = new CancellationTokenSource(TimeSpan.FromMilliseconds(400));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => socket.ReceiveAsync(buffer, quiet.Token));
        Assert.Equal(WebSocketState.Aborted, socket.State);
    }

    [Fact]
    public async Task Http_watch_streams_newline_separated_events()
    {
        var server = await servers.GetAsync("healthy");
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await client.GetAsync($"clusters/{SimulatedCluster.ClusterName}/api/v1/nodes?watch=true", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var names = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var line = await reader.ReadLineAsync();
            var e = JsonNode.Parse(line!)!;
            Assert.Equal("ADDED", e["type"]!.GetValue<string>());
            names.Add(e["object"]!["metadata"]!["name"]!.GetValue<string>());
        }
        Assert.Equal(new[] { "kmesh-control-plane", "kmesh-worker", "kmesh-worker2" }, names);
    }

    // KmeshNodeInfos carry versions from the scenario: they too must be older than the list, or Headlamp's watch
    // replays each of them as a new object (5,000 updates of the list on `large`).
    [Theory]
    [InlineData("/api/v1/nodes")]
    [InlineData("/apis/kmesh.net/v1alpha1/namespaces/kmesh-system/kmeshnodeinfos")]
    public async Task Watch_from_the_lists_resource_version_sends_nothing_old(string listPath)
    {
        var server = await servers.GetAsync("healthy");
        var http = new KubeHttp(server);
        var list = await http.GetOkAsync(listPath);
        var version = list["metadata"]!["resourceVersion"]!.GetValue<string>();
        Assert.NotEmpty(list["items"]!.AsArray());
        Assert.All(list["items"]!.AsArray(), item =>
            Assert.True(long.Parse(item!["metadata"]!["resourceVersion"]!.GetValue<string>()) < long.Parse(version)));
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await client.GetAsync($"clusters/{SimulatedCluster.ClusterName}{listPath}?watch=1&resourceVersion={version}",
            HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var quiet = new CancellationTokenSource(TimeSpan.FromMilliseconds(400));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await reader.ReadLineAsync(quiet.Token));
    }
}
