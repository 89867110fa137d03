using System;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kmesh.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Server;

[Collection(PreviewCollection.Name)]
public sealed class ExecTests
{
    private readonly PreviewServers servers;

    public ExecTests(PreviewServers servers) => this.servers = servers;

    private async Task<(ExecOutput Output, HttpResponseText Response)> AdminAsync(string scenario, string method, string path, string? body = null,
        string node = "kmesh-worker")
    {
        var server = await servers.GetAsync(scenario);
        var http = new KubeHttp(server);
        var pod = KubeHttp.Names(await http.GetOkAsync($"/api/v1/namespaces/kmesh-system/pods?fieldSelector=spec.nodeName%3D{node}"))[0];
        var output = await ExecClient.RunAsync(server, "kmesh-system", pod, AdminCommandLine.For(method, path, body));
        return (output, HttpResponseText.Parse(output.Stdout));
    }

    [Fact]
    public async Task Version_comes_back_as_curl_prints_a_go_response()
    {
        var (output, response) = await AdminAsync("healthy", "GET", "/version");
        Assert.Equal("v4.channel.k8s.io", output.NegotiatedProtocol);
        Assert.Equal((1, Array.Empty<byte>()), (output.Frames[0].Channel, output.Frames[0].Data));
        Assert.Equal("HTTP/1.1 200 OK", response.StatusLine);
        Assert.Equal(new[] { "Date", "Content-Length", "Content-Type" }, response.HeaderNames);
        Assert.Equal("text/plain; charset=utf-8", response.Header("Content-Type"));
        Assert.Equal(response.Body.Length.ToString(), response.Header("Content-Length"));
        Assert.StartsWith("{\n  \"gitVersion\": \"v1.2.0\",\n  \"gitCommit\": ", response.Body);
        Assert.Equal("""{"metadata":{},"status":"Success"}""", output.Status!.ToJsonString());
        Assert.Equal("", output.Stderr);
    }

    [Fact]
    public async Task Dual_engine_config_dump_matches_the_clusters_pods_and_services()
    {
        var (_, response) = await AdminAsync("healthy", "GET", "/debug/config_dump/dual-engine");
        Assert.Equal("chunked", response.Header("Transfer-Encoding"));
        Assert.Null(response.Header("Content-Length"));
        Assert.StartsWith("{\n    \"workloads\": [\n        {\n            \"uid\": \"Kubernetes//Pod/", response.Body);
        var dump = JsonNode.Parse(response.Body)!;
        var workloads = dump["workloads"]!.AsArray();
        var names = workloads.Select(w => w!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);

        var http = new KubeHttp(await servers.GetAsync("healthy"));
        var pods = (await http.GetOkAsync("/api/v1/namespaces/default/pods"))["items"]!.AsArray();
        foreach (var pod in pods)
        {
            var name = pod!["metadata"]!["name"]!.GetValue<string>();
            var workload = workloads.Single(w => w!["name"]!.GetValue<string>() == name)!;
            Assert.Equal(pod["status"]!["podIP"]!.GetValue<string>(), workload["addresses"]![0]!.GetValue<string>());
            Assert.Equal(pod["spec"]!["nodeName"]!.GetValue<string>(), workload["node"]!.GetValue<string>());
        }
        var reviews = dump["services"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "reviews")!;
        Assert.Equal(9080, reviews["ports"]![0]!["service_port"]!.GetValue<int>());
        Assert.Equal("/10.96.143.232", reviews["waypoint"]!["destination"]!.GetValue<string>());
        Assert.Equal(new[] { "deny-other-namespaces", "reviews-viewer" }, dump["policies"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Dual_engine_bpf_dump_has_all_five_maps_with_comma_joined_counts()
    {
        var (_, response) = await AdminAsync("healthy", "GET", "/debug/config_dump/bpf/dual-engine");
        var dump = JsonNode.Parse(response.Body)!;
        Assert.Equal(new[] { "workloadPolicies", "backends", "endpoints", "frontends", "services" }, dump.AsObject().Select(kv => kv.Key));
        var services = dump["services"]!.AsArray();
        Assert.All(services, s => Assert.Equal(7, s!["endpointCount"]!.GetValue<string>().Split(", ").Length));
        var backends = dump["backends"]!.AsArray().Count;
        Assert.Equal(backends + services.Count, dump["frontends"]!.AsArray().Count);
        Assert.Equal(3, dump["workloadPolicies"]!.AsArray().Count);
        Assert.All(dump["workloadPolicies"]!.AsArray(), p => Assert.Equal(new[] { "default/reviews-viewer", "", "", "" },
            p!["policyIds"]!.AsArray().Select(id => id!.GetValue<string>())));
    }

    [Fact]
    public async Task Other_modes_dump_answers_400_invalid_client_mode()
    {
        var (output, response) = await AdminAsync("healthy", "GET", "/debug/config_dump/kernel-native");
        Assert.Equal("HTTP/1.1 400 Bad Request", response.StatusLine);
        Assert.Equal("\tInvalid Client Mode\n", response.Body);
        Assert.Equal(new[] { "Content-Type", "X-Content-Type-Options", "Date", "Content-Length" }, response.HeaderNames);
        Assert.Equal("Success", output.Status!["status"]!.GetValue<string>());

        var (_, kernel) = await AdminAsync("kernel-native", "GET", "/debug/config_dump/dual-engine");
        Assert.Equal("\tInvalid Client Mode\n", kernel.Body);
    }

    [Fact]
    public async Task Kernel_native_dump_encodes_addresses_like_the_bpf_maps()
    {
        var (_, response) = await AdminAsync("kernel-native", "GET", "/debug/config_dump/kernel-native");
        Assert.StartsWith("{\n  \"dynamicResources\": {\n", response.Body);
        var resources = JsonNode.Parse(response.Body)!["dynamicResources"]!;
        var http9080 = resources["listenerConfigs"]!.AsArray().Single(l => l!["name"]!.GetValue<string>() == "0.0.0.0_9080")!;
        Assert.Equal(30755, http9080["address"]!["port"]!.GetValue<int>());
        Assert.Null(http9080["address"]!["ipv4"]);
        var dns = resources["listenerConfigs"]!.AsArray().Single(l => l!["name"]!.GetValue<string>() == "10.96.0.10_53")!;
        Assert.Equal(167796746u, dns["address"]!["ipv4"]!.GetValue<uint>());
        Assert.Equal(13568, dns["address"]!["port"]!.GetValue<int>());
        Assert.NotEmpty(resources["routeConfigs"]!.AsArray());
        var (_, bpf) = await AdminAsync("kernel-native", "GET", "/debug/config_dump/bpf/kernel-native");
        Assert.Null(JsonNode.Parse(bpf.Body)!["dynamicResources"]!["routeConfigs"]);
    }

    [Fact]
    public async Task Switches_are_post_only_and_loggers_follow_the_daemon()
    {
        var (_, get) = await AdminAsync("healthy", "GET", "/accesslog");
        Assert.Equal("HTTP/1.1 405 Method Not Allowed", get.StatusLine);
        Assert.Equal("Method Not Allowed\n", get.Body);
        var (_, post) = await AdminAsync("healthy", "POST", "/accesslog?enable=true");
        Assert.Equal("HTTP/1.1 200 OK", post.StatusLine);
        Assert.Equal("0", post.Header("Content-Length"));
        Assert.Null(post.Header("Content-Type"));
        await AdminAsync("healthy", "POST", "/accesslog?enable=false");
        var (_, invalid) = await AdminAsync("healthy", "POST", "/monitoring?enable=maybe");
        Assert.Equal("invalid monitoring enable=maybe", invalid.Body);

        var (_, bpfLevel) = await AdminAsync("healthy", "POST", "/debug/loggers", """{"name":"bpf","level":"debug"}""");
        Assert.Equal("set BPF Log Level: 3\n", bpfLevel.Body);
        var (_, logger) = await AdminAsync("healthy", "GET", "/debug/loggers?name=bpf");
        Assert.Equal("{\n    \"name\": \"bpf\",\n    \"level\": \"debug\"\n}", logger.Body);
        Assert.Equal("set BPF Log Level: 2\n", (await AdminAsync("healthy", "POST", "/debug/loggers", """{"name":"bpf","level":"info"}""")).Response.Body);
        var (_, missing) = await AdminAsync("healthy", "GET", "/debug/loggers?name=nope");
        Assert.Equal("\tlogger nope does not exist\n", missing.Body);
        var (_, list) = await AdminAsync("healthy", "GET", "/debug/loggers");
        Assert.Equal(new[] { "bpf", "default", "fileOnly" }, JsonNode.Parse(list.Body)!.AsArray().Select(l => l!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Kernel_native_switch_crashes_the_request_so_curl_fails_with_52()
    {
        var server = await servers.GetAsync("kernel-native");
        var http = new KubeHttp(server);
        var pod = KubeHttp.Names(await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods"))[0];
        var output = await ExecClient.RunAsync(server, "kmesh-system", pod, AdminCommandLine.For("POST", "/monitoring?enable=false"));
        Assert.Equal("", output.Stdout);
        Assert.Equal("curl: (52) Empty reply from server\n", output.Stderr);
        Assert.Equal("Failure", output.Status!["status"]!.GetValue<string>());
        Assert.Equal("NonZeroExitCode", output.Status["reason"]!.GetValue<string>());
        Assert.Equal("52", output.Status["details"]!["causes"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Image_without_curl_answers_through_dev_tcp_with_a_raw_http10_response()
    {
        var (output, response) = await AdminAsync("degraded", "GET", "/debug/config_dump/bpf/dual-engine");
        Assert.Equal("HTTP/1.0 200 OK", response.StatusLine);
        Assert.Null(response.Header("Transfer-Encoding"));
        Assert.NotEmpty(JsonNode.Parse(response.Body)!["backends"]!.AsArray());
        Assert.Equal("Success", output.Status!["status"]!.GetValue<string>());
        var (_, posted) = await AdminAsync("degraded", "POST", "/debug/loggers", """{"name":"default","level":"debug"}""");
        Assert.Equal("OK", posted.Body);
    }

    [Fact]
    public async Task Crashlooping_daemon_refuses_the_exec_upgrade()
    {
        var server = await servers.GetAsync("degraded");
        var http = new KubeHttp(server);
        var pod = KubeHttp.Names(await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods?fieldSelector=spec.nodeName%3Dkmesh-worker2"))[0];
        var error = await Assert.ThrowsAsync<WebSocketException>(() => ExecClient.RunAsync(server, "kmesh-system", pod, AdminCommandLine.For("GET", "/version")));
        Assert.Contains("500", error.Message);
    }

    [Fact]
    public async Task Unknown_command_fails_with_exit_code_status()
    {
        var server = await servers.GetAsync("healthy");
        var http = new KubeHttp(server);
        var pod = KubeHttp.Names(await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods"))[0];
        var output = await ExecClient.RunAsync(server, "kmesh-system", pod, new[] { "/bin/sh", "-c", "kmeshctl dump" });
        Assert.Equal("/bin/sh: line 1: kmeshctl: command not found\n", output.Stderr);
        Assert.Equal("command terminated with non-zero exit code: error executing command [/bin/sh -c kmeshctl dump], exit code 127",
            output.Status!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Shell_quoting_of_the_body_is_undone_before_the_daemon_sees_it()
    {
        // The plugin never sends a quote in a body (ExecCommand rejects it); a user's own curl line may.
        var server = await servers.GetAsync("healthy");
        var http = new KubeHttp(server);
        var pod = KubeHttp.Names(await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods?fieldSelector=spec.nodeName%3Dkmesh-worker"))[0];
        var curl = "curl -sS -i -X POST -H 'Content-Type: application/json' --data-binary "
            + "'{\"name\":\"default\",\"level\":\"it'\\''s\"}' 'http://127.0.0.1:15200/debug/loggers'";
        var output = await ExecClient.RunAsync(server, "kmesh-system", pod, new[] { "/bin/sh", "-c", curl });
        var response = HttpResponseText.Parse(output.Stdout);
        Assert.Equal("HTTP/1.1 400 Bad Request", response.StatusLine);
        Assert.Equal("\tnot a valid logrus Level: \"it's\"\n", response.Body);
    }

    [Fact]
    public async Task Application_containers_have_no_admin_server()
    {
        var server = await servers.GetAsync("healthy");
        var http = new KubeHttp(server);
        var pod = KubeHttp.Names(await http.GetOkAsync("/api/v1/namespaces/default/pods?labelSelector=app%3Ddetails"))[0];
        var output = await ExecClient.RunAsync(server, "default", pod, AdminCommandLine.For("GET", "/version"), "details");
        Assert.Equal("", output.Stdout);
        Assert.Equal("curl: (7) Failed to connect to 127.0.0.1 port 15200 after 0 ms: Couldn't connect to server\n", output.Stderr);
        Assert.Equal("7", output.Status!["details"]!["causes"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task With_a_tty_errors_arrive_on_stdout()
    {
        var server = await servers.GetAsync("healthy");
        var http = new KubeHttp(server);
        var pod = KubeHttp.Names(await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods"))[0];
        var output = await ExecClient.RunAsync(server, "kmesh-system", pod, new[] { "/bin/sh", "-c", "kmeshctl version" }, "kmesh", tty: true);
        Assert.Equal("/bin/sh: line 1: kmeshctl: command not found\n", output.Stdout);
        Assert.Equal("", output.Stderr);
    }

    [Fact]
    public async Task Base64_channel_protocol_is_supported()
    {
        var server = await servers.GetAsync("healthy");
        var http = new KubeHttp(server);
        var pod = KubeHttp.Names(await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods"))[0];
        var output = await ExecClient.RunAsync(server, "kmesh-system", pod, AdminCommandLine.For("GET", "/debug/ready"), "kmesh", "v4.base64.channel.k8s.io");
        Assert.Equal("v4.base64.channel.k8s.io", output.NegotiatedProtocol);
        Assert.Equal("OK", HttpResponseText.Parse(output.Stdout).Body);
    }
}
