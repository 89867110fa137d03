using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kmesh.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Kmesh.EndToEnd.Tests.Server;

[Collection(PreviewCollection.Name)]
public sealed class ProxyTests
{
    private readonly PreviewServers servers;

    public ProxyTests(PreviewServers servers) => this.servers = servers;

    private static async Task<(string Name, string Ip)> DaemonAsync(KubeHttp http)
    {
        var pod = (await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods?fieldSelector=spec.nodeName%3Dkmesh-worker"))["items"]![0]!;
        return (pod["metadata"]!["name"]!.GetValue<string>(), pod["status"]!["podIP"]!.GetValue<string>());
    }

    [Fact]
    public async Task Admin_port_proxy_is_refused_like_kube_apiserver_refuses_a_closed_port()
    {
        var http = new KubeHttp(await servers.GetAsync("healthy"));
        var (name, ip) = await DaemonAsync(http);
        var (status, body, contentType) = await http.GetRawAsync(http.ClusterPath($"/api/v1/namespaces/kmesh-system/pods/{name}:15200/proxy/version"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("application/json", contentType);
        Assert.Equal(
            $$"""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"error trying to reach service: dial tcp {{ip}}:15200: connect: connection refused","reason":"ServiceUnavailable","code":503}""",
            body);
    }

    [Fact]
    public async Task Metrics_port_serves_prometheus_text_in_dual_engine()
    {
        var http = new KubeHttp(await servers.GetAsync("healthy"));
        var (name, _) = await DaemonAsync(http);
        var (status, body, contentType) = await http.GetRawAsync(http.ClusterPath($"/api/v1/namespaces/kmesh-system/pods/{name}:15020/proxy/status/metric"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("text/plain; version=0.0.4", contentType);
        Assert.Contains("# TYPE kmesh_tcp_connections_opened_total gauge\n", body);
        Assert.Contains("destination_service=\"details.default.svc.cluster.local\"", body);
        Assert.Contains("reporter=\"source\"", body);
        Assert.EndsWith("promhttp_metric_handler_errors_total{cause=\"gathering\"} 0\n", body);
        Assert.DoesNotContain("kmesh_tcp_workload_connections_opened_total", body);
    }

    [Fact]
    public async Task Workload_metrics_appear_after_switching_them_on()
    {
        var server = await servers.GetAsync("healthy");
        var http = new KubeHttp(server);
        var daemon = (await http.GetOkAsync("/api/v1/namespaces/kmesh-system/pods?fieldSelector=spec.nodeName%3Dkmesh-worker2"))["items"]![0]!;
        var name = daemon["metadata"]!["name"]!.GetValue<string>();
        var metricsPath = http.ClusterPath($"/api/v1/namespaces/kmesh-system/pods/{name}:15020/proxy/status/metric");
        // The healthy scenario starts with workload metrics on (the traffic views read them): switch them off first.
        try
        {
            var off = await ExecClient.RunAsync(server, "kmesh-system", name, AdminCommandLine.For("POST", "/workload_metrics?enable=false"));
            Assert.Equal("HTTP/1.1 200 OK", HttpResponseText.Parse(off.Stdout).StatusLine);
            Assert.DoesNotContain("kmesh_tcp_workload_connections_opened_total", (await http.GetRawAsync(metricsPath)).Body);

            var on = await ExecClient.RunAsync(server, "kmesh-system", name, AdminCommandLine.For("POST", "/workload_metrics?enable=true"));
            Assert.Equal("HTTP/1.1 200 OK", HttpResponseText.Parse(on.Stdout).StatusLine);
            var (_, body, _) = await http.GetRawAsync(metricsPath);
            Assert.Contains("kmesh_tcp_workload_connections_opened_total{", body);
            Assert.Contains("destination_pod_name=\"", body);
        }
        finally
        {
            await ExecClient.RunAsync(server, "kmesh-system", name, AdminCommandLine.For("POST", "/workload_metrics?enable=true"));
        }
    }

    [Fact]
    public async Task Kernel_native_daemon_has_no_metrics_listener()
    {
        var http = new KubeHttp(await servers.GetAsync("kernel-native"));
        var (name, _) = await DaemonAsync(http);
        var (status, body, _) = await http.GetRawAsync(http.ClusterPath($"/api/v1/namespaces/kmesh-system/pods/{name}:15020/proxy/status/metric"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("ServiceUnavailable", JsonNode.Parse(body)!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Proxy_to_a_missing_pod_is_404()
    {
        var http = new KubeHttp(await servers.GetAsync("healthy"));
        var (status, body) = await http.GetAsync("/api/v1/namespaces/kmesh-system/pods/kmesh-nope:15020/proxy/status/metric");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("pods \"kmesh-nope\" not found", body["message"]!.GetValue<string>());
    }
}
