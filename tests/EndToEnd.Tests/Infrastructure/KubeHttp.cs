using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kmesh.Preview;

namespace Kmesh.EndToEnd.Tests.Infrastructure;

/// <summary>Plain HTTP calls to a preview server, the way Headlamp's frontend makes them.</summary>
public sealed class KubeHttp
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(60) };

    public KubeHttp(PreviewServer server) => Server = server;

    public PreviewServer Server { get; }

    public string ClusterPath(string path) => $"clusters/{SimulatedCluster.ClusterName}{path}";

    public async Task<(HttpStatusCode Status, string Body, string? ContentType)> GetRawAsync(string relative)
    {
        using var response = await Client.GetAsync(new Uri(Server.BaseAddress, relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.ToString());
    }

    public async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(string clusterPath)
    {
        var (status, body, _) = await GetRawAsync(ClusterPath(clusterPath));
        return (status, JsonNode.Parse(body)!);
    }

    public async Task<JsonNode> GetOkAsync(string clusterPath)
    {
        var (status, body) = await GetAsync(clusterPath);
        if (status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {clusterPath} answered {(int)status}: {body.ToJsonString()}");
        }
        return body;
    }

    public async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string clusterPath, JsonNode body)
    {
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri(Server.BaseAddress, ClusterPath(clusterPath)), content);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    /// <summary>Follows continue tokens until the list is complete, like a paging client.</summary>
    public async Task<(List<JsonNode> Items, int Pages)> ListAllAsync(string clusterPath, int limit)
    {
        var items = new List<JsonNode>();
        var pages = 0;
        string? token = null;
        do
        {
            var separator = clusterPath.Contains('?') ? '&' : '?';
            var url = $"{clusterPath}{separator}limit={limit}" + (token is null ? "" : $"&continue={Uri.EscapeDataString(token)}");
            var page = await GetOkAsync(url);
            pages++;
            items.AddRange(page["items"]!.AsArray().Select(i => i!.DeepClone()));
            token = page["metadata"]?["continue"]?.GetValue<string>();
        }
        while (token is not null);
        return (items, pages);
    }

    public static IReadOnlyList<string> Names(JsonNode list) =>
        list["items"]!.AsArray().Select(i => i!["metadata"]!["name"]!.GetValue<string>()).ToList();
}
