using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Kmesh.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Server;

[Collection(PreviewCollection.Name)]
public sealed class DiscoveryTests
{
    private readonly PreviewServers servers;

    public DiscoveryTests(PreviewServers servers) => this.servers = servers;

    private async Task<string[]> GroupsAsync(string scenario)
    {
        var http = new KubeHttp(await servers.GetAsync(scenario));
        var list = await http.GetOkAsync("/apis");
        Assert.Equal("APIGroupList", list["kind"]!.GetValue<string>());
        return list["groups"]!.AsArray().Select(g => g!["name"]!.GetValue<string>()).ToArray();
    }

    [Fact]
    public async Task Healthy_cluster_advertises_kmesh_and_gateway_api_groups()
    {
        var groups = await GroupsAsync("healthy");
        Assert.Contains("kmesh.net", groups);
        Assert.Contains("gateway.networking.k8s.io", groups);
        Assert.Contains("apps", groups);
    }

    [Fact]
    public async Task Not_installed_cluster_advertises_neither_kmesh_nor_gateway_api()
    {
        var groups = await GroupsAsync("not-installed");
        Assert.DoesNotContain("kmesh.net", groups);
        Assert.DoesNotContain("gateway.networking.k8s.io", groups);
    }

    [Fact]
    public async Task Kernel_native_cluster_has_kmesh_crds_but_no_gateway_api()
    {
        var groups = await GroupsAsync("kernel-native");
        Assert.Contains("kmesh.net", groups);
        Assert.DoesNotContain("gateway.networking.k8s.io", groups);
    }

    [Fact]
    public async Task Kmesh_group_version_lists_kmeshnodeinfos_as_namespaced()
    {
        var http = new KubeHttp(await servers.GetAsync("healthy"));
        var resources = await http.GetOkAsync("/apis/kmesh.net/v1alpha1");
        Assert.Equal("kmesh.net/v1alpha1", resources["groupVersion"]!.GetValue<string>());
        var nodeInfo = resources["resources"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == "kmeshnodeinfos")!;
        Assert.Equal("KmeshNodeInfo", nodeInfo["kind"]!.GetValue<string>());
        Assert.True(nodeInfo["namespaced"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Absent_group_version_answers_404_status_like_kube_apiserver()
    {
        var http = new KubeHttp(await servers.GetAsync("not-installed"));
        var (status, body) = await http.GetAsync("/apis/kmesh.net/v1alpha1");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server could not find the requested resource","reason":"NotFound","details":{},"code":404}""",
            body.ToJsonString());
        var (listStatus, _) = await http.GetAsync("/apis/kmesh.net/v1alpha1/namespaces/kmesh-system/kmeshnodeinfos");
        Assert.Equal(HttpStatusCode.NotFound, listStatus);
    }

    [Fact]
    public async Task Core_v1_lists_pod_subresources_exec_proxy_and_log()
    {
        var http = new KubeHttp(await servers.GetAsync("healthy"));
        var names = (await http.GetOkAsync("/api/v1"))["resources"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("pods/exec", names);
        Assert.Contains("pods/proxy", names);
        Assert.Contains("pods/log", names);
        Assert.Contains("nodes", names);
        Assert.Equal(new[] { "v1" }, (await http.GetOkAsync("/api"))["versions"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task Crd_list_names_exactly_the_installed_custom_resources()
    {
        var healthy = new KubeHttp(await servers.GetAsync("healthy"));
        var crds = await healthy.GetOkAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions");
        Assert.Equal("CustomResourceDefinitionList", crds["kind"]!.GetValue<string>());
        Assert.Equal(new[] { "gatewayclasses.gateway.networking.k8s.io", "gateways.gateway.networking.k8s.io", "kmeshnodeinfos.kmesh.net" },
            KubeHttp.Names(crds));
        var nodeInfo = await healthy.GetOkAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/kmeshnodeinfos.kmesh.net");
        Assert.Equal("Namespaced", nodeInfo["spec"]!["scope"]!.GetValue<string>());
        Assert.Equal("v1alpha1", nodeInfo["spec"]!["versions"]![0]!["name"]!.GetValue<string>());

        var bare = new KubeHttp(await servers.GetAsync("not-installed"));
        Assert.Empty((await bare.GetOkAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions"))["items"]!.AsArray());
    }

    [Fact]
    public async Task Cluster_version_is_served()
    {
        var http = new KubeHttp(await servers.GetAsync("healthy"));
        var version = await http.GetOkAsync("/version");
        Assert.Equal("1", version["major"]!.GetValue<string>());
        Assert.StartsWith("v1.", version["gitVersion"]!.GetValue<string>());
    }
}
