using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kmesh.EndToEnd.Tests.Infrastructure;
using Kmesh.Preview;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Server;

/// <summary>The preview honours the plugin's operations: switch state changes the daemon's log, previous logs of a
/// crash-looping daemon, Gateway create/delete with istiod's Programmed, label patches, and watch events for all.</summary>
[Collection(PreviewCollection.Name)]
public sealed class OperationsServerTests(PreviewServers servers)
{
    private static string Cluster(string path) => $"clusters/{SimulatedCluster.ClusterName}{path}";

    private static async Task<string> DaemonOnAsync(PreviewServer server, string node)
    {
        var pods = await new KubeHttp(server).GetOkAsync("/api/v1/namespaces/kmesh-system/pods?labelSelector=app%3Dkmesh");
        return pods["items"]!.AsArray().Single(p => p!["spec"]!["nodeName"]!.GetValue<string>() == node)!["metadata"]!["name"]!.GetValue<string>();
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetTextAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(Cluster(path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Access_log_lines_appear_in_the_pod_log_while_access_logs_are_on()
    {
        var server = await servers.GetAsync("degraded");
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        string pod = await DaemonOnAsync(server, "kmesh-worker");
        string logPath = $"/api/v1/namespaces/kmesh-system/pods/{pod}/log?container=kmesh&tailLines=200&previous=false";
        Assert.DoesNotContain("accesslog:", (await GetTextAsync(client, logPath)).Body);

        var on = await ExecClient.RunAsync(server, "kmesh-system", pod, AdminCommandLine.For("POST", "/accesslog?enable=true"));
        Assert.StartsWith("HTTP/1.0 200 OK", on.Stdout);
        string log = (await GetTextAsync(client, logPath)).Body;
        var lines = log.Split('\n').Where(l => l.StartsWith("accesslog: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(@"^accesslog: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9} \+0000 UTC src\.addr=[\d.]+:\d+, src\.workload=\S+, .* direction=(INBOUND|OUTBOUND), ", l));

        await ExecClient.RunAsync(server, "kmesh-system", pod, AdminCommandLine.For("POST", "/accesslog?enable=false"));
        Assert.DoesNotContain("accesslog:", (await GetTextAsync(client, logPath)).Body);
    }

    [Fact]
    public async Task Previous_log_of_a_crash_looping_daemon_has_its_fatal_line_and_a_daemon_that_never_restarted_has_none()
    {
        var server = await servers.GetAsync("degraded");
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        string crashing = await DaemonOnAsync(server, "kmesh-worker2");
        string running = await DaemonOnAsync(server, "kmesh-worker");

        var previous = await GetTextAsync(client, $"/api/v1/namespaces/kmesh-system/pods/{crashing}/log?container=kmesh&tailLines=200&previous=true");
        Assert.Equal(HttpStatusCode.OK, previous.Status);
        Assert.Contains("level=error msg=\"failed to start controller: failed to get xds client: dial tcp 10.96.52.140:15012: connect: connection refused\"", previous.Body);
        Assert.Contains("level=fatal", previous.Body);
        var pod = await new KubeHttp(server).GetOkAsync($"/api/v1/namespaces/kmesh-system/pods/{crashing}");
        Assert.Equal(1, pod["status"]!["containerStatuses"]![0]!["lastState"]!["terminated"]!["exitCode"]!.GetValue<int>());

        var none = await GetTextAsync(client, $"/api/v1/namespaces/kmesh-system/pods/{running}/log?container=kmesh&tailLines=200&previous=true");
        Assert.Equal(HttpStatusCode.BadRequest, none.Status);
        Assert.Contains($"previous terminated container \\\"kmesh\\\" in pod \\\"{running}\\\" not found", none.Body);
    }

    [Fact]
    public async Task Created_waypoint_is_programmed_and_deleted_with_watch_events_and_labels_patch()
    {
        var server = await servers.GetAsync("healthy");
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var watch = await client.GetAsync(Cluster("/apis/gateway.networking.k8s.io/v1/namespaces/default/gateways?watch=1"), HttpCompletionOption.ResponseHeadersRead);
        using var events = new StreamReader(await watch.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string gateway = "{\"apiVersion\":\"gateway.networking.k8s.io/v1\",\"kind\":\"Gateway\",\"metadata\":{\"name\":\"ops-wp\",\"labels\":{\"istio.io/waypoint-for\":\"service\"}},"
            + "\"spec\":{\"gatewayClassName\":\"istio-waypoint\",\"listeners\":[{\"name\":\"mesh\",\"port\":15008,\"protocol\":\"HBONE\"}]}}";

        using var created = await client.PostAsync(Cluster("/apis/gateway.networking.k8s.io/v1/namespaces/default/gateways"), new StringContent(gateway, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var again = await client.PostAsync(Cluster("/apis/gateway.networking.k8s.io/v1/namespaces/default/gateways"), new StringContent(gateway, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        async Task<JsonNode> NextAsync()
        {
            while (true)
            {
                var e = JsonNode.Parse((await events.ReadLineAsync(timeout.Token))!)!;
                if (e["object"]!["metadata"]!["name"]!.GetValue<string>() == "ops-wp") return e;
            }
        }
        var added = await NextAsync();
        Assert.Equal("ADDED", added["type"]!.GetValue<string>());
        var modified = await NextAsync();
        Assert.Equal("MODIFIED", modified["type"]!.GetValue<string>());
        var conditions = modified["object"]!["status"]!["conditions"]!.AsArray();
        Assert.Equal("True", conditions.Single(c => c!["type"]!.GetValue<string>() == "Programmed")!["status"]!.GetValue<string>());
        Assert.True(long.Parse(modified["object"]!["metadata"]!["resourceVersion"]!.GetValue<string>()) > long.Parse(added["object"]!["metadata"]!["resourceVersion"]!.GetValue<string>()));

        using var patch = new StringContent("{\"metadata\":{\"labels\":{\"istio.io/use-waypoint\":\"ops-wp\"}}}", Encoding.UTF8, "application/merge-patch+json");
        using var patched = await client.PatchAsync(Cluster("/api/v1/namespaces/default/services/details"), patch);
        Assert.Equal("ops-wp", JsonNode.Parse(await patched.Content.ReadAsStringAsync())!["metadata"]!["labels"]!["istio.io/use-waypoint"]!.GetValue<string>());
        using var unpatch = new StringContent("{\"metadata\":{\"labels\":{\"istio.io/use-waypoint\":null}}}", Encoding.UTF8, "application/merge-patch+json");
        using var unpatched = await client.PatchAsync(Cluster("/api/v1/namespaces/default/services/details"), unpatch);
        Assert.Null(JsonNode.Parse(await unpatched.Content.ReadAsStringAsync())!["metadata"]!["labels"]!["istio.io/use-waypoint"]);

        using var deleted = await client.DeleteAsync(Cluster("/apis/gateway.networking.k8s.io/v1/namespaces/default/gateways/ops-wp"));
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var gone = await NextAsync();
        Assert.Equal("DELETED", gone["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await new KubeHttp(server).GetAsync("/apis/gateway.networking.k8s.io/v1/namespaces/default/gateways/ops-wp")).Status);
    }

    [Fact]
    public async Task Restricted_user_cannot_create_gateways_or_patch_namespaces()
    {
        var server = await servers.GetAsync("restricted");
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var created = await client.PostAsync(Cluster("/apis/gateway.networking.k8s.io/v1/namespaces/default/gateways"),
            new StringContent("{\"kind\":\"Gateway\",\"metadata\":{\"name\":\"x\"}}", Encoding.UTF8, "application/json"));
        using var patched = await client.PatchAsync(Cluster("/api/v1/namespaces/default"),
            new StringContent("{\"metadata\":{\"labels\":{\"a\":\"b\"}}}", Encoding.UTF8, "application/merge-patch+json"));

        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
        Assert.Contains("cannot create resource \\\"gateways\\\"", await created.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, patched.StatusCode);
    }
}
