using System;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kmesh.EndToEnd.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Kmesh.EndToEnd.Tests.Server;

[Collection(PreviewCollection.Name)]
public sealed class LargeScenarioTests
{
    private readonly PreviewServers servers;
    private readonly ITestOutputHelper output;

    public LargeScenarioTests(PreviewServers servers, ITestOutputHelper output)
    {
        this.servers = servers;
        this.output = output;
    }

    [Fact]
    public async Task Large_cluster_pages_through_25000_pods_and_5000_nodes()
    {
        var http = new KubeHttp(await servers.GetAsync("large"));
        var first = await http.GetOkAsync("/api/v1/pods?limit=500");
        Assert.Equal(500, first["items"]!.AsArray().Count);
        Assert.Equal(24500, first["metadata"]!["remainingItemCount"]!.GetValue<long>());

        var clock = Stopwatch.StartNew();
        var (pods, pages) = await http.ListAllAsync("/api/v1/pods", 500);
        output.WriteLine($"paged 25,000 pods in {pages} pages: {clock.ElapsedMilliseconds} ms");
        Assert.Equal(25000, pods.Count);
        Assert.Equal(25000, pods.Select(p => p["metadata"]!["namespace"] + "/" + p["metadata"]!["name"]).Distinct().Count());

        var (nodes, _) = await http.ListAllAsync("/api/v1/nodes", 1000);
        Assert.Equal(5000, nodes.Count);
        var daemons = await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods?limit=1");
        Assert.Equal(4999, daemons["metadata"]!["remainingItemCount"]!.GetValue<long>());
        var infos = await http.GetOkAsync("/apis/kmesh.net/v1alpha1/namespaces/kmesh-system/kmeshnodeinfos");
        Assert.Equal(5000, infos["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Large_cluster_daemons_restarted_long_ago_except_the_crash_looping_ones()
    {
        var server = await servers.GetAsync("large");
        var now = server.Cluster.Model.Now;
        var http = new KubeHttp(server);
        var daemons = (await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods?labelSelector=app%3Dkmesh"))["items"]!.AsArray();
        var restarted = daemons.Where(d => d!["status"]!["containerStatuses"]![0]!["restartCount"]!.GetValue<int>() > 0).ToList();
        var crashing = restarted.Where(d => d!["status"]!["containerStatuses"]![0]!["state"]!["waiting"] is not null).ToList();
        Assert.Equal(3, crashing.Count);
        Assert.InRange(restarted.Count, 1000, 2000);
        foreach (var daemon in restarted.Except(crashing))
        {
            var status = daemon!["status"]!["containerStatuses"]![0]!;
            var podStarted = DateTime.Parse(daemon["status"]!["startTime"]!.GetValue<string>(), null, System.Globalization.DateTimeStyles.AdjustToUniversal);
            var running = DateTime.Parse(status["state"]!["running"]!["startedAt"]!.GetValue<string>(), null, System.Globalization.DateTimeStyles.AdjustToUniversal);
            var lastFinished = DateTime.Parse(status["lastState"]!["terminated"]!["finishedAt"]!.GetValue<string>(), null, System.Globalization.DateTimeStyles.AdjustToUniversal);
            Assert.InRange(running, podStarted.AddHours(1), now.AddDays(-1));
            Assert.InRange(lastFinished, podStarted, running);
        }
        // Restarts happened at different moments, not all at one stamp.
        Assert.True(restarted.Except(crashing).Select(d => d!["status"]!["containerStatuses"]![0]!["state"]!["running"]!["startedAt"]!.GetValue<string>()).Distinct().Count() > 900);
        foreach (var daemon in crashing)
        {
            var finished = DateTime.Parse(daemon!["status"]!["containerStatuses"]![0]!["lastState"]!["terminated"]!["finishedAt"]!.GetValue<string>(), null, System.Globalization.DateTimeStyles.AdjustToUniversal);
            Assert.InRange(finished, now.AddMinutes(-10), now);
        }
    }

    [Fact]
    public async Task Large_cluster_page_of_500_pods_is_fast()
    {
        var server = await servers.GetAsync("large");
        await server.WarmUp;
        var http = new KubeHttp(server);
        await http.GetOkAsync("/api/v1/pods?limit=500");
        var middle = await http.GetOkAsync("/api/v1/pods?limit=10000");
        var token = middle["metadata"]!["continue"]!.GetValue<string>();
        var clock = Stopwatch.StartNew();
        var page = await http.GetOkAsync($"/api/v1/pods?limit=500&continue={System.Uri.EscapeDataString(token)}");
        output.WriteLine($"page of 500 pods after 10,000: {clock.ElapsedMilliseconds} ms");
        Assert.Equal(500, page["items"]!.AsArray().Count);
        Assert.True(clock.ElapsedMilliseconds < 2000, $"page took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Large_cluster_bpf_dump_holds_65000_entries()
    {
        var server = await servers.GetAsync("large");
        var http = new KubeHttp(server);
        var pod = KubeHttp.Names(await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods?limit=1"))[0];
        var clock = Stopwatch.StartNew();
        var exec = await ExecClient.RunAsync(server, "kmesh-system", pod, AdminCommandLine.For("GET", "/debug/config_dump/bpf/dual-engine"));
        output.WriteLine($"BPF dump through exec: {exec.Stdout.Length:N0} chars in {clock.ElapsedMilliseconds} ms");
        var dump = JsonNode.Parse(HttpResponseText.Parse(exec.Stdout).Body)!.AsObject();
        Assert.Equal(65000, dump.Sum(map => map.Value!.AsArray().Count));
        Assert.Equal(20000, dump["backends"]!.AsArray().Count);
        Assert.Equal(2400, dump["services"]!.AsArray().Count);
    }

    [Fact]
    public async Task Large_cluster_config_dump_lists_20000_workloads_with_their_services_and_policies()
    {
        var server = await servers.GetAsync("large");
        var http = new KubeHttp(server);
        var pod = KubeHttp.Names(await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods?limit=1"))[0];
        var clock = Stopwatch.StartNew();
        var exec = await ExecClient.RunAsync(server, "kmesh-system", pod, AdminCommandLine.For("GET", "/debug/config_dump/dual-engine"));
        output.WriteLine($"config dump through exec: {exec.Stdout.Length:N0} chars in {clock.ElapsedMilliseconds} ms");
        var dump = JsonNode.Parse(HttpResponseText.Parse(exec.Stdout).Body)!.AsObject();
        var workloads = dump["workloads"]!.AsArray();
        Assert.Equal(20000, workloads.Count);
        Assert.Equal(2400, dump["services"]!.AsArray().Count);
        Assert.Equal(40, dump["policies"]!.AsArray().Count);
        Assert.Equal(200, workloads.Count(w => w!["authorizationPolicies"] is not null));
        Assert.All(workloads, w => Assert.Single(w!["services"]!.AsArray()));
    }
}
