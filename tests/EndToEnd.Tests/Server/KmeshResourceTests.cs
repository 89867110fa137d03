using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kmesh.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Server;

[Collection(PreviewCollection.Name)]
public sealed class KmeshResourceTests
{
    private readonly PreviewServers servers;

    public KmeshResourceTests(PreviewServers servers) => this.servers = servers;

    private static string Condition(JsonNode gateway, string type) =>
        gateway["status"]!["conditions"]!.AsArray().Single(c => c!["type"]!.GetValue<string>() == type)!["status"]!.GetValue<string>();

    [Fact]
    public async Task Healthy_waypoint_is_an_istio_waypoint_gateway_programmed_with_an_address()
    {
        var http = new KubeHttp(await servers.GetAsync("healthy"));
        var list = await http.GetOkAsync("/apis/gateway.networking.k8s.io/v1/gateways");
        var gateway = Assert.Single(list["items"]!.AsArray())!;
        Assert.Equal("Gateway", gateway["kind"]!.GetValue<string>());
        Assert.Equal("istio-waypoint", gateway["spec"]!["gatewayClassName"]!.GetValue<string>());
        Assert.Equal("service", gateway["metadata"]!["labels"]!["istio.io/waypoint-for"]!.GetValue<string>());
        Assert.Equal("True", Condition(gateway, "Programmed"));
        Assert.Equal("10.96.143.232", gateway["status"]!["addresses"]![0]!["value"]!.GetValue<string>());
        var pods = await http.GetOkAsync("/api/v1/namespaces/default/pods?labelSelector=gateway.networking.k8s.io%2Fgateway-name%3Dwaypoint");
        Assert.Single(pods["items"]!.AsArray());
    }

    [Fact]
    public async Task Degraded_waypoint_is_not_programmed()
    {
        var http = new KubeHttp(await servers.GetAsync("degraded"));
        var gateway = await http.GetOkAsync("/apis/gateway.networking.k8s.io/v1/namespaces/default/gateways/waypoint");
        Assert.Equal("False", Condition(gateway, "Programmed"));
        Assert.Equal("True", Condition(gateway, "Accepted"));
        Assert.Null(gateway["status"]!["addresses"]);
    }

    [Fact]
    public async Task Healthy_kmeshnodeinfos_exist_per_node_with_one_spi()
    {
        var http = new KubeHttp(await servers.GetAsync("healthy"));
        var list = await http.GetOkAsync("/apis/kmesh.net/v1alpha1/namespaces/kmesh-system/kmeshnodeinfos");
        Assert.Equal("KmeshNodeInfoList", list["kind"]!.GetValue<string>());
        var items = list["items"]!.AsArray();
        Assert.Equal(new[] { "kmesh-control-plane", "kmesh-worker", "kmesh-worker2" }, KubeHttp.Names(list));
        Assert.Single(items.Select(i => i!["spec"]!["spi"]!.GetValue<int>()).Distinct());
        Assert.All(items, i =>
        {
            Assert.Equal("KmeshNodeInfo", i!["kind"]!.GetValue<string>());
            Assert.Single(i["spec"]!["podCIDRS"]!.AsArray());
            Assert.Null(i["spec"]!["version"]);
        });
    }

    [Fact]
    public async Task Degraded_cluster_has_an_spi_mismatch_a_crashlooping_daemon_and_an_unmanaged_enrolled_pod()
    {
        var http = new KubeHttp(await servers.GetAsync("degraded"));
        var infos = (await http.GetOkAsync("/apis/kmesh.net/v1alpha1/namespaces/kmesh-system/kmeshnodeinfos"))["items"]!.AsArray();
        Assert.Equal(2, infos.Select(i => i!["spec"]!["spi"]!.GetValue<int>()).Distinct().Count());

        var daemons = (await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods?labelSelector=app%3Dkmesh"))["items"]!.AsArray();
        var crashing = Assert.Single(daemons, d => d!["status"]!["containerStatuses"]![0]!["state"]!["waiting"] is not null)!;
        Assert.Equal("CrashLoopBackOff", crashing["status"]!["containerStatuses"]![0]!["state"]!["waiting"]!["reason"]!.GetValue<string>());
        Assert.True(crashing["status"]!["containerStatuses"]![0]!["restartCount"]!.GetValue<int>() > 0);
        Assert.Equal("kmesh-worker2", crashing["spec"]!["nodeName"]!.GetValue<string>());

        var unmanaged = (await http.GetOkAsync("/api/v1/namespaces/default/pods?labelSelector=version"))["items"]!.AsArray()
            .Where(p => p!["metadata"]!["annotations"]?["kmesh.net/redirection"] is null).ToList();
        Assert.Equal("ratings", Assert.Single(unmanaged)!["metadata"]!["labels"]!["app"]!.GetValue<string>());
    }

    [Fact]
    public async Task Events_select_by_involved_object_in_both_event_apis()
    {
        var http = new KubeHttp(await servers.GetAsync("degraded"));
        var daemons = (await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods?fieldSelector=spec.nodeName%3Dkmesh-worker2"))["items"]!.AsArray();
        var pod = Assert.Single(daemons)!["metadata"]!["name"]!.GetValue<string>();
        var core = await http.GetOkAsync($"/api/v1/namespaces/kmesh-system/events?fieldSelector=involvedObject.name%3D{pod},type%3DWarning");
        var backOff = Assert.Single(core["items"]!.AsArray())!;
        Assert.Equal("BackOff", backOff["reason"]!.GetValue<string>());
        Assert.Equal("Pod", backOff["involvedObject"]!["kind"]!.GetValue<string>());
        var v1 = await http.GetOkAsync($"/apis/events.k8s.io/v1/namespaces/kmesh-system/events?fieldSelector=regarding.name%3D{pod}");
        Assert.Contains(v1["items"]!.AsArray(), e => e!["reason"]!.GetValue<string>() == "BackOff" && e["note"]!.GetValue<string>().Contains(pod));
    }

    [Fact]
    public async Task Kernel_native_daemons_run_with_kernel_native_args_and_without_ipsec_objects()
    {
        var http = new KubeHttp(await servers.GetAsync("kernel-native"));
        var daemons = (await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods?labelSelector=app%3Dkmesh"))["items"]!.AsArray();
        Assert.All(daemons, d => Assert.Contains("--mode=kernel-native", d!["spec"]!["containers"]![0]!["args"]![0]!.GetValue<string>()));
        Assert.Empty((await http.GetOkAsync("/apis/kmesh.net/v1alpha1/namespaces/kmesh-system/kmeshnodeinfos"))["items"]!.AsArray());
    }

    [Fact]
    public async Task Not_installed_cluster_has_no_daemons_but_has_the_app()
    {
        var http = new KubeHttp(await servers.GetAsync("not-installed"));
        Assert.Empty((await http.GetOkAsync("/api/v1/pods?labelSelector=app%3Dkmesh"))["items"]!.AsArray());
        Assert.DoesNotContain("kmesh-system", KubeHttp.Names(await http.GetOkAsync("/api/v1/namespaces")));
        Assert.Equal(6, (await http.GetOkAsync("/api/v1/namespaces/default/pods?labelSelector=version"))["items"]!.AsArray().Count);
    }
}
