using System.Collections.Generic;
using System.Threading.Tasks;
using Kmesh.Model.Transport;
using Xunit;

namespace Kmesh.Tests.Transport;

public class AdminTransportTests
{
    private const string Pod = "kmesh-8hv7d";
    private const string Version = "{\n  \"gitVersion\": \"v1.2.0\"\n}";

    /// <summary>Scripted strategies that record what they were asked.</summary>
    private sealed class FakeCluster
    {
        public List<string> Calls { get; } = new List<string>();
        public ProxyOutcome ProxyAnswer { get; set; } = ProxyOutcome.Failed(new HeadlampApiError(503,
            "Service Unavailable - error trying to reach service: dial tcp 10.244.1.5:15200: connect: connection refused"));
        public ExecOutput ExecAnswer { get; set; } = new ExecOutput("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + Version, "", null);

        public AdminTransport Transport() => new AdminTransport(
            (path, request) =>
            {
                Calls.Add($"proxy {request.Method} {path}");
                return Task.FromResult(ProxyAnswer);
            },
            (pod, argv) =>
            {
                Calls.Add($"exec {pod} {argv.Count}");
                return Task.FromResult(ExecAnswer);
            });
    }

    [Fact]
    public async Task Stock_install_falls_back_to_exec_and_remembers_it()
    {
        var cluster = new FakeCluster();
        AdminTransport transport = cluster.Transport();
        AdminCallResult first = await transport.SendAsync("kind-kmesh", Pod, AdminRequest.Get("/version"));
        Assert.True(first.Ok);
        Assert.Equal(TransportStrategy.Exec, first.Strategy);
        Assert.Equal(Version, first.Response!.Body);
        Assert.Equal(new[] { "proxy GET /api/v1/namespaces/kmesh-system/pods/kmesh-8hv7d:15200/proxy/version", "exec kmesh-8hv7d 3" }, cluster.Calls);
        Assert.Equal(TransportStrategy.Exec, transport.RememberedStrategy("kind-kmesh"));
        Assert.Null(transport.RememberedStrategy("other-cluster"));

        cluster.Calls.Clear();
        AdminCallResult second = await transport.SendAsync("kind-kmesh", Pod, AdminRequest.Get("/debug/loggers"));
        Assert.True(second.Ok);
        Assert.Equal(new[] { "exec kmesh-8hv7d 3" }, cluster.Calls);
    }

    [Fact]
    public async Task Pod_proxy_is_used_when_it_works()
    {
        var cluster = new FakeCluster { ProxyAnswer = ProxyOutcome.Answered(new AdminResponse(200, new HttpHeader[0], Version)) };
        AdminCallResult result = await cluster.Transport().SendAsync("c", Pod, AdminRequest.Get("/version"));
        Assert.Equal(TransportStrategy.PodProxy, result.Strategy);
        Assert.Single(cluster.Calls);
    }

    [Fact]
    public async Task Wrong_mode_is_an_answer_with_a_failure_and_the_strategy_is_still_remembered()
    {
        var cluster = new FakeCluster { ExecAnswer = new ExecOutput("HTTP/1.1 400 Bad Request\r\nContent-Length: 21\r\n\r\n\tInvalid Client Mode\n", "", null) };
        AdminTransport transport = cluster.Transport();
        AdminCallResult result = await transport.SendAsync("c", Pod, AdminRequest.Get("/debug/config_dump/kernel-native"));
        Assert.False(result.Ok);
        Assert.Equal(400, result.Response!.Status);
        Assert.Equal(AdminFailureKind.WrongMode, result.Failure!.Kind);
        Assert.Equal(TransportStrategy.Exec, transport.RememberedStrategy("c"));
    }

    [Fact]
    public async Task Forbidden_on_both_names_both_verbs_and_resources()
    {
        var cluster = new FakeCluster
        {
            ProxyAnswer = ProxyOutcome.Failed(new HeadlampApiError(403, "Forbidden - pods \"kmesh-8hv7d\" is forbidden: User \"dev\" cannot get resource \"pods/proxy\"")),
            ExecAnswer = new ExecOutput("", "", new HeadlampApiError(403, "Forbidden")),
        };
        AdminTransport transport = cluster.Transport();
        AdminCallResult result = await transport.SendAsync("c", Pod, AdminRequest.Get("/version"));
        Assert.Null(result.Response);
        Assert.Equal(AdminFailureKind.Forbidden, result.Failure!.Kind);
        Assert.Contains("may not create pods/exec in namespace kmesh-system", result.Failure.Message);
        Assert.Contains("may not get pods/proxy in namespace kmesh-system", result.Failure.Message);
        Assert.Equal("Grant either \"get\" on \"pods/proxy\" or \"create\" on \"pods/exec\" in namespace kmesh-system.", result.Failure.Hint);
        Assert.Null(transport.RememberedStrategy("c"));
    }

    [Theory]
    [InlineData("", "curl: (7) Failed to connect to 127.0.0.1 port 15200 after 0 ms: Couldn't connect to server\n", AdminFailureKind.ConnectionRefused)]
    [InlineData("", "/bin/sh: connect: Connection refused\n/bin/sh: line 1: /dev/tcp/127.0.0.1/15200: Connection refused\n", AdminFailureKind.ConnectionRefused)]
    [InlineData("", "curl: (28) Operation timed out after 10001 milliseconds with 0 bytes received\n", AdminFailureKind.Timeout)]
    [InlineData("", "error: unable to upgrade connection: container not found (\"kmesh\")", AdminFailureKind.ContainerNotRunning)]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n{\"workloads\":[", "", AdminFailureKind.BadResponse)]
    public async Task Exec_failures_are_classified(string stdout, string stderr, AdminFailureKind kind)
    {
        var cluster = new FakeCluster { ExecAnswer = new ExecOutput(stdout, stderr, null) };
        AdminCallResult result = await cluster.Transport().SendAsync("c", Pod, AdminRequest.Get("/debug/config_dump/dual-engine"));
        Assert.Equal(kind, result.Failure!.Kind);
        Assert.Contains(Pod, result.Failure.Message);
        Assert.False(string.IsNullOrEmpty(result.Failure.Hint));
    }

    [Fact]
    public async Task Container_not_running_from_the_exec_stream_error()
    {
        var cluster = new FakeCluster { ExecAnswer = new ExecOutput("", "", new HeadlampApiError(400, "container kmesh is not valid for pod kmesh-8hv7d: pod is not running")) };
        AdminCallResult result = await cluster.Transport().SendAsync("c", Pod, AdminRequest.Get("/version"));
        Assert.Equal(AdminFailureKind.ContainerNotRunning, result.Failure!.Kind);
        Assert.Equal("Container kmesh in pod kmesh-8hv7d is not running. (pod proxy: Pod kmesh-8hv7d refused the connection on port 15200 through the pod proxy. exec: Container kmesh in pod kmesh-8hv7d is not running.)",
            result.Failure.Message);
    }

    [Fact]
    public async Task Daemon_answers_404_and_405()
    {
        var cluster = new FakeCluster { ExecAnswer = new ExecOutput("HTTP/1.1 405 Method Not Allowed\r\n\r\nMethod Not Allowed\n", "", null) };
        AdminCallResult result = await cluster.Transport().SendAsync("c", Pod, AdminRequest.Get("/authz"));
        Assert.Equal(AdminFailureKind.MethodNotAllowed, result.Failure!.Kind);
        cluster.ExecAnswer = new ExecOutput("HTTP/1.1 404 Not Found\r\n\r\n404 page not found\n", "", null);
        result = await cluster.Transport().SendAsync("c", Pod, AdminRequest.Get("/debug/config_dump/future"));
        Assert.Equal(AdminFailureKind.NotFound, result.Failure!.Kind);
        Assert.Equal("The daemon in pod kmesh-8hv7d has no route GET /debug/config_dump/future.", result.Failure.Message);
    }

    [Fact]
    public async Task Invalid_requests_are_never_sent()
    {
        var cluster = new FakeCluster();
        AdminCallResult result = await cluster.Transport().SendAsync("c", Pod, AdminRequest.Get("/version;reboot"));
        Assert.Equal(AdminFailureKind.InvalidRequest, result.Failure!.Kind);
        Assert.Empty(cluster.Calls);
    }

    [Fact]
    public void Headlamp_errors_through_the_pod_proxy()
    {
        Assert.Equal(AdminFailureKind.PodNotFound,
            FailureClassifier.FromHeadlampError(new HeadlampApiError(404, "Not Found - pods \"kmesh-old\" not found"), TransportStrategy.PodProxy, "kmesh-old").Kind);
        Assert.Equal(AdminFailureKind.Timeout,
            FailureClassifier.FromHeadlampError(new HeadlampApiError(408, "Request Timeout"), TransportStrategy.PodProxy, Pod).Kind);
        Assert.Equal(AdminFailureKind.Unreachable,
            FailureClassifier.FromHeadlampError(new HeadlampApiError(502, "Bad Gateway"), TransportStrategy.PodProxy, Pod).Kind);
        Assert.Equal(AdminFailureKind.WrongMode,
            FailureClassifier.FromHeadlampError(new HeadlampApiError(400, "Bad Request - \tInvalid Client Mode\n"), TransportStrategy.PodProxy, Pod).Kind);
    }
}
