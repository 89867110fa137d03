using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kmesh.EndToEnd.Tests.Infrastructure;
using Kmesh.Preview.Admin;
using Kmesh.Preview.Scenarios;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Server;

/// <summary>The hostile scenario's data arrives intact where Kubernetes allows it, and each broken daemon breaks in its own way.</summary>
[Collection(PreviewCollection.Name)]
public sealed class HostileScenarioTests(PreviewServers servers)
{
    private async Task<HttpResponseText> AdminAsync(string node, string path)
    {
        var server = await servers.GetAsync("hostile");
        var http = new KubeHttp(server);
        var pod = KubeHttp.Names(await http.GetOkAsync($"/api/v1/namespaces/kmesh-system/pods?fieldSelector=spec.nodeName%3D{node}"))[0];
        var output = await ExecClient.RunAsync(server, "kmesh-system", pod, AdminCommandLine.For("GET", path));
        return HttpResponseText.Parse(output.Stdout);
    }

    [Fact]
    public async Task Every_payload_is_an_event_message_in_kmesh_system_verbatim()
    {
        var http = new KubeHttp(await servers.GetAsync("hostile"));
        var events = (await http.GetOkAsync("/api/v1/namespaces/kmesh-system/events"))["items"]!.AsArray();
        var messages = events.Select(e => e!["message"]!.GetValue<string>()).ToList();
        Assert.All(HostilePayloads.All, payload => Assert.Contains(payload, messages));
        Assert.Contains(events, e => e!["involvedObject"]!["name"]!.GetValue<string>() == HostilePayloads.ImageOnError);
    }

    [Fact]
    public async Task Names_are_as_long_as_kubernetes_allows_and_annotations_carry_the_payloads()
    {
        var http = new KubeHttp(await servers.GetAsync("hostile"));
        Assert.Equal(253, HostileCluster.LongNode.Length);
        Assert.Equal(63, HostileCluster.LongNamespace.Length);
        Assert.All(HostileCluster.LongNode.Split('.'), label => Assert.InRange(label.Length, 1, 63));
        Assert.Equal(HostileCluster.LongNode, (await http.GetOkAsync($"/api/v1/nodes/{HostileCluster.LongNode}"))["metadata"]!["name"]!.GetValue<string>());
        var gateway = await http.GetOkAsync($"/apis/gateway.networking.k8s.io/v1/namespaces/{HostileCluster.LongNamespace}/gateways/{HostileCluster.LongWaypoint}");
        Assert.Equal("istio-waypoint", gateway["spec"]!["gatewayClassName"]!.GetValue<string>());
        var pods = (await http.GetOkAsync($"/api/v1/namespaces/{HostileCluster.LongNamespace}/pods"))["items"]!.AsArray();
        var descriptions = pods.Select(p => p!["metadata"]!["annotations"]!["description"]!.GetValue<string>()).ToList();
        Assert.Equal(HostilePayloads.All, descriptions);
        Assert.Equal(7, (await http.GetOkAsync("/apis/kmesh.net/v1alpha1/namespaces/kmesh-system/kmeshnodeinfos"))["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Hostile_strings_daemon_reports_payloads_in_its_version_and_bpf_dump()
    {
        var version = JsonNode.Parse((await AdminAsync(HostileCluster.HostileStringsNode, "/version")).Body)!.AsObject();
        Assert.Equal(HostilePayloads.ImageOnError, version["gitVersion"]!.GetValue<string>());
        Assert.Equal(HostilePayloads.Script, version["gitCommit"]!.GetValue<string>());
        var dump = JsonNode.Parse((await AdminAsync(HostileCluster.HostileStringsNode, "/debug/config_dump/bpf/dual-engine")).Body)!;
        // Only the fields that carry names from the cluster hold payloads; decoded map values (IPs) stay what a daemon prints.
        var backends = dump["backends"]!.AsArray().Take(3).Select(b => b!.AsObject()).ToList();
        Assert.NotEmpty(backends);
        var serviceNames = backends.Select(b => b["services"]!.AsArray()).Where(names => names.Count > 0).Select(names => names[0]!.GetValue<string>()).ToList();
        Assert.NotEmpty(serviceNames);
        Assert.All(serviceNames, name => Assert.Contains(name, HostilePayloads.All));
        Assert.All(backends, b => Assert.True(System.Net.IPAddress.TryParse(b["ip"]!.GetValue<string>(), out _)));
        var endpoints = dump["endpoints"]!.AsArray().Take(3).Select(e => e!["backendUid"]!.GetValue<string>()).ToList();
        Assert.All(endpoints, uid => Assert.Contains(uid, HostilePayloads.All));
    }

    [Fact]
    public async Task Truncated_daemon_cuts_its_json_answers()
    {
        var response = await AdminAsync(HostileCluster.TruncatedNode, "/version");
        Assert.Equal("HTTP/1.1 200 OK", response.StatusLine);
        Assert.StartsWith("{\n  \"gitVersion\": \"v1.2.0\"", response.Body);
        Assert.ThrowsAny<JsonException>(() => JsonNode.Parse(response.Body));
        var dump = await AdminAsync(HostileCluster.TruncatedNode, "/debug/config_dump/bpf/dual-engine");
        Assert.ThrowsAny<JsonException>(() => JsonNode.Parse(dump.Body));
    }

    [Fact]
    public async Task Html_error_daemon_answers_500_with_an_html_page()
    {
        var response = await AdminAsync(HostileCluster.HtmlErrorNode, "/debug/config_dump/bpf/dual-engine");
        Assert.Equal("HTTP/1.1 500 Internal Server Error", response.StatusLine);
        Assert.Equal("text/html; charset=utf-8", response.Header("Content-Type"));
        Assert.Equal(AdminFaults.HtmlErrorPage, response.Body);
        Assert.Equal("HTTP/1.1 500 Internal Server Error", (await AdminAsync(HostileCluster.HtmlErrorNode, "/version")).StatusLine);
    }

    [Fact]
    public async Task Wrong_mode_daemon_answers_invalid_client_mode_to_the_dumps_only()
    {
        var dump = await AdminAsync(HostileCluster.WrongModeNode, "/debug/config_dump/bpf/dual-engine");
        Assert.Equal("HTTP/1.1 400 Bad Request", dump.StatusLine);
        Assert.Equal("\tInvalid Client Mode\n", dump.Body);
        Assert.Equal("HTTP/1.1 200 OK", (await AdminAsync(HostileCluster.WrongModeNode, "/version")).StatusLine);
    }

    [Fact]
    public async Task Wrong_types_daemon_sends_strings_where_lists_and_numbers_belong()
    {
        var version = JsonNode.Parse((await AdminAsync(HostileCluster.WrongTypesNode, "/version")).Body)!;
        Assert.Equal(JsonValueKind.Array, version["gitVersion"]!.GetValueKind());
        var dump = JsonNode.Parse((await AdminAsync(HostileCluster.WrongTypesNode, "/debug/config_dump/bpf/dual-engine")).Body)!;
        Assert.Equal(JsonValueKind.String, dump["services"]!.GetValueKind());
        var backend = dump["backends"]![0]!;
        Assert.Equal(JsonValueKind.String, backend["serviceCount"]!.GetValueKind());
        Assert.Equal(JsonValueKind.String, backend["services"]!.GetValueKind());
        Assert.Equal(JsonValueKind.Number, dump["backends"]![2]!["serviceCount"]!.GetValueKind());
    }
}
