using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Kmesh.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Server;

[Collection(PreviewCollection.Name)]
public sealed class ListTests
{
    private readonly PreviewServers servers;

    public ListTests(PreviewServers servers) => this.servers = servers;

    private async Task<KubeHttp> HealthyAsync() => new(await servers.GetAsync("healthy"));

    [Fact]
    public async Task Daemon_pods_carry_the_real_daemonset_shape()
    {
        var http = await HealthyAsync();
        var list = await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods?labelSelector=app%3Dkmesh");
        Assert.Equal("PodList", list["kind"]!.GetValue<string>());
        var pods = list["items"]!.AsArray();
        Assert.Equal(3, pods.Count);
        Assert.Equal(new[] { "kmesh-control-plane", "kmesh-worker", "kmesh-worker2" },
            pods.Select(p => p!["spec"]!["nodeName"]!.GetValue<string>()).Order());
        foreach (var pod in pods)
        {
            var container = pod!["spec"]!["containers"]![0]!;
            Assert.Equal("kmesh", container["name"]!.GetValue<string>());
            Assert.Equal("ghcr.io/kmesh-net/kmesh:v1.2.0", container["image"]!.GetValue<string>());
            Assert.Equal("./start_kmesh.sh --mode=dual-engine --enable-bypass=false --enable-ipsec=true",
                Assert.Single(container["args"]!.AsArray())!.GetValue<string>());
            Assert.Equal("DaemonSet", pod["metadata"]!["ownerReferences"]![0]!["kind"]!.GetValue<string>());
            Assert.True(pod["status"]!["containerStatuses"]![0]!["ready"]!.GetValue<bool>());
            Assert.Null(pod["kind"]);
        }
    }

    [Fact]
    public async Task Get_returns_the_object_with_kind_and_api_version()
    {
        var http = await HealthyAsync();
        var name = KubeHttp.Names(await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods"))[0];
        var pod = await http.GetOkAsync($"/api/v1/namespaces/kmesh-system/pods/{name}");
        Assert.Equal("Pod", pod["kind"]!.GetValue<string>());
        Assert.Equal("v1", pod["apiVersion"]!.GetValue<string>());
        Assert.Equal(name, pod["metadata"]!["name"]!.GetValue<string>());
        var node = await http.GetOkAsync("/api/v1/nodes/kmesh-worker");
        Assert.Equal("Node", node["kind"]!.GetValue<string>());
        Assert.Equal("172.18.0.3", node["status"]!["addresses"]![0]!["address"]!.GetValue<string>());
        Assert.Equal("16318640Ki", node["status"]!["capacity"]!["memory"]!.GetValue<string>());
        Assert.Equal("8", node["status"]!["allocatable"]!["cpu"]!.GetValue<string>());
        var limits = pod["spec"]!["containers"]![0]!["resources"]!["requests"]!;
        Assert.Equal(("100m", "200Mi"), (limits["cpu"]!.GetValue<string>(), limits["memory"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("app=reviews", new[] { "reviews-v1", "reviews-v2", "reviews-v3" })]
    [InlineData("app==reviews,version!=v2", new[] { "reviews-v1", "reviews-v3" })]
    [InlineData("app in (details, ratings)", new[] { "details-v1", "ratings-v1" })]
    [InlineData("app notin (reviews,productpage,waypoint),version", new[] { "details-v1", "ratings-v1" })]
    [InlineData("gateway.networking.k8s.io/gateway-name", new[] { "waypoint" })]
    [InlineData("!version,!gateway.networking.k8s.io/gateway-name", new string[0])]
    public async Task Label_selectors_follow_kubernetes_semantics(string selector, string[] expectedWorkloads)
    {
        var http = await HealthyAsync();
        var list = await http.GetOkAsync($"/api/v1/namespaces/default/pods?labelSelector={Uri.EscapeDataString(selector)}");
        var workloads = KubeHttp.Names(list).Select(n => string.Join('-', n.Split('-')[..^2])).Order().ToArray();
        Assert.Equal(expectedWorkloads, workloads);
    }

    [Fact]
    public async Task Field_selectors_filter_by_node_name_and_phase()
    {
        var http = await HealthyAsync();
        var onWorker2 = await http.GetOkAsync("/api/v1/pods?fieldSelector=spec.nodeName%3Dkmesh-worker2");
        Assert.NotEmpty(onWorker2["items"]!.AsArray());
        Assert.All(onWorker2["items"]!.AsArray(), p => Assert.Equal("kmesh-worker2", p!["spec"]!["nodeName"]!.GetValue<string>()));
        var daemon = await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods?fieldSelector=spec.nodeName%3Dkmesh-worker,status.phase%3DRunning");
        Assert.Single(daemon["items"]!.AsArray());
        var notRunning = await http.GetOkAsync("/api/v1/pods?fieldSelector=status.phase!%3DRunning");
        Assert.Empty(notRunning["items"]!.AsArray());
        var byName = await http.GetOkAsync("/api/v1/nodes?fieldSelector=metadata.name%3Dkmesh-worker");
        Assert.Equal(new[] { "kmesh-worker" }, KubeHttp.Names(byName));
    }

    [Fact]
    public async Task Unsupported_field_and_bad_label_selector_answer_400()
    {
        var http = await HealthyAsync();
        var (status, body) = await http.GetAsync("/api/v1/pods?fieldSelector=spec.image%3Dx");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("field label not supported: spec.image", body["message"]!.GetValue<string>());
        Assert.Equal("BadRequest", body["reason"]!.GetValue<string>());
        var (labelStatus, labelBody) = await http.GetAsync("/api/v1/pods?labelSelector=app%20in%20reviews");
        Assert.Equal(HttpStatusCode.BadRequest, labelStatus);
        Assert.StartsWith("unable to parse requirement", labelBody["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Paging_with_limit_and_continue_returns_every_item_once_in_key_order()
    {
        var http = await HealthyAsync();
        var all = KubeHttp.Names(await http.GetOkAsync("/api/v1/pods"));
        var (paged, pages) = await http.ListAllAsync("/api/v1/pods", 4);
        Assert.Equal(all, paged.Select(p => p["metadata"]!["name"]!.GetValue<string>()));
        Assert.Equal((all.Count + 3) / 4, pages);
        var first = await http.GetOkAsync("/api/v1/pods?limit=4");
        Assert.Equal(all.Count - 4, first["metadata"]!["remainingItemCount"]!.GetValue<long>());
        var namespaces = (await http.GetOkAsync("/api/v1/pods")).AsObject()["items"]!.AsArray()
            .Select(p => p!["metadata"]!["namespace"]!.GetValue<string>()).ToList();
        Assert.Equal(namespaces.Order(StringComparer.Ordinal), namespaces);
    }

    [Fact]
    public async Task Invalid_continue_token_is_rejected()
    {
        var http = await HealthyAsync();
        var (status, body) = await http.GetAsync("/api/v1/pods?limit=2&continue=not-a-token");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("continue key is not valid", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Lists_report_a_resource_version_newer_than_their_items()
    {
        var http = await HealthyAsync();
        var list = await http.GetOkAsync("/api/v1/namespaces");
        var listVersion = long.Parse(list["metadata"]!["resourceVersion"]!.GetValue<string>());
        Assert.All(list["items"]!.AsArray(), ns => Assert.True(long.Parse(ns!["metadata"]!["resourceVersion"]!.GetValue<string>()) < listVersion));
        Assert.Contains("kmesh-system", KubeHttp.Names(list));
        var defaultNs = list["items"]!.AsArray().Single(n => n!["metadata"]!["name"]!.GetValue<string>() == "default")!;
        Assert.Equal("Kmesh", defaultNs["metadata"]!["labels"]!["istio.io/dataplane-mode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Enrolled_pods_carry_the_redirection_annotation()
    {
        var http = await HealthyAsync();
        var pods = await http.GetOkAsync("/api/v1/namespaces/default/pods?labelSelector=version");
        Assert.Equal(6, pods["items"]!.AsArray().Count);
        Assert.All(pods["items"]!.AsArray(), p => Assert.Equal("enabled", p!["metadata"]!["annotations"]!["kmesh.net/redirection"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Daemonset_and_services_are_listed()
    {
        var http = await HealthyAsync();
        var ds = await http.GetOkAsync("/apis/apps/v1/namespaces/kmesh-system/daemonsets/kmesh");
        Assert.Equal(3, ds["status"]!["numberReady"]!.GetValue<int>());
        Assert.Equal(3, ds["status"]!["desiredNumberScheduled"]!.GetValue<int>());
        var services = KubeHttp.Names(await http.GetOkAsync("/api/v1/namespaces/default/services"));
        Assert.Equal(new[] { "details", "kubernetes", "productpage", "ratings", "reviews", "waypoint" }, services);
    }
}
