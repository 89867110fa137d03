using System.Collections.Generic;
using System.Threading.Tasks;
using Kmesh.Model.Transport;
using Xunit;
using Kmesh.Model.Settings;

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

        public KmeshSettings Settings { get; set; } = KmeshSettings.Defaults;

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
            },
            () => Settings);
    }

    [Fact]
    public async Task The_configured_namespace_and_admin_port_are_where_both_strategies_go()
    {
        var cluster = new FakeCluster { Settings = KmeshSettings.Defaults with { Namespace = "mesh-dataplane", AdminPort = 15300 } };
        var argvs = new List<IReadOnlyList<string>>();
        var transport = new AdminTransport(
            (path, request) => { cluster.Calls.Add($"proxy {path}"); return Task.FromResult(cluster.ProxyAnswer); },
            (pod, argv) => { argvs.Add(argv); return Task.FromResult(cluster.ExecAnswer); },
            () => cluster.Settings);
        AdminCallResult result = await transport.SendAsync("c", Pod, AdminRequest.Get("/version"));
        Assert.True(result.Ok);
        Assert.Equal(new[] { "proxy /api/v1/namespaces/mesh-dataplane/pods/kmesh-8hv7d:15300/proxy/version" }, cluster.Calls);
        Assert.Contains("http://127.0.0.1:15300/version", argvs[0][2]);
    }

    [Fact]
    public async Task With_exec_turned_off_only_the_pod_proxy_is_tried_and_the_failure_says_so()
    {
        var cluster = new FakeCluster { Settings = KmeshSettings.Defaults with { AllowExec = false } };
        AdminTransport transport = cluster.Transport();
        AdminCallResult result = await transport.SendAsync("c", Pod, AdminRequest.Get("/version"));
        Assert.False(result.Ok);
        Assert.Equal(new[] { "proxy GET /api/v1/namespaces/kmesh-system/pods/kmesh-8hv7d:15200/proxy/version" }, cluster.Calls);
        Assert.Equal(AdminFailureKind.ConnectionRefused, result.Failure!.Kind);
        Assert.Equal("Pod kmesh-8hv7d refused the connection on port 15200 through the pod proxy. The exec fallback is turned off in the plugin's settings, so it was not tried.",
            result.Failure.Message);
        Assert.Null(transport.RememberedStrategy("c"));
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
    public async Task A_500_relayed_by_the_pod_proxy_is_the_daemons_http_error_not_unreachable()
    {
        // Today: "Pod kmesh-8hv7d could not be reached (500): …" under "could not be reached".
        var cluster = new FakeCluster { ProxyAnswer = ProxyOutcome.Failed(new HeadlampApiError(500, "Internal Server Error - failed to dump config: map lookup failed\ngoroutine 1 [running]")) };
        AdminCallResult result = await cluster.Transport().SendAsync("c", Pod, AdminRequest.Get("/debug/config_dump/bpf/dual-engine"));
        Assert.Equal(TransportStrategy.PodProxy, result.Strategy);
        Assert.Equal(AdminFailureKind.DaemonError, result.Failure!.Kind);
        Assert.Equal("The daemon answered with an HTTP error", result.Failure.Title);
        Assert.Equal("The daemon in pod kmesh-8hv7d answered GET /debug/config_dump/bpf/dual-engine with HTTP 500: failed to dump config: map lookup failed",
            result.Failure.Message);
        Assert.Single(cluster.Calls);
    }

    [Fact]
    public async Task An_exec_answer_of_500_is_named_an_http_error_with_the_first_line_of_its_body()
    {
        var cluster = new FakeCluster
        {
            ExecAnswer = new ExecOutput("HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\n\r\n<html><body>oops</body></html>\nmore", "", null),
        };
        AdminCallResult result = await cluster.Transport().SendAsync("c", Pod, AdminRequest.Get("/version"));
        Assert.Equal(AdminFailureKind.DaemonError, result.Failure!.Kind);
        Assert.EndsWith("with HTTP 500: <html><body>oops</body></html>", result.Failure.Message);
    }

    [Fact]
    public async Task Every_failure_kind_has_its_own_title()
    {
        var titles = new HashSet<string>();
        foreach (AdminFailureKind kind in new[]
        {
            AdminFailureKind.Forbidden, AdminFailureKind.ConnectionRefused, AdminFailureKind.ContainerNotRunning, AdminFailureKind.PodNotFound,
            AdminFailureKind.Timeout, AdminFailureKind.Unreachable, AdminFailureKind.WrongMode, AdminFailureKind.NotFound,
            AdminFailureKind.MethodNotAllowed, AdminFailureKind.DaemonError, AdminFailureKind.BadResponse, AdminFailureKind.InvalidRequest,
            AdminFailureKind.NoClient,
        })
        {
            Assert.True(titles.Add(FailureClassifier.TitleOf(kind)), kind.ToString());
        }
        var cluster = new FakeCluster { ExecAnswer = new ExecOutput("", "curl: (28) Operation timed out after 10001 milliseconds\n", null) };
        AdminCallResult timedOut = await cluster.Transport().SendAsync("c", Pod, AdminRequest.Get("/version"));
        Assert.Equal("The daemon did not answer in time", timedOut.Failure!.Title);
    }

    [Fact]
    public async Task An_image_without_curl_or_bash_is_said_plainly()
    {
        var cluster = new FakeCluster { ExecAnswer = new ExecOutput("", ExecCommand.NoClientMessage + "\n", null) };
        AdminCallResult result = await cluster.Transport().SendAsync("c", Pod, AdminRequest.Get("/version"));
        Assert.Equal(AdminFailureKind.NoClient, result.Failure!.Kind);
        Assert.StartsWith("Container kmesh in pod kmesh-8hv7d has neither curl nor bash, so the admin API cannot be reached from inside it.", result.Failure.Message);
    }

    [Fact]
    public void Truncated_json_is_named_with_its_path()
    {
        Kmesh.Model.Parsed<Kmesh.Model.Sources.DaemonVersion> version = Kmesh.Model.Sources.DaemonVersion.Read("{\"gitVersion\": \"v1.2.0\", \"gitCommit\": \"abc");
        AdminFailure failure = FailureClassifier.Unreadable(Pod, AdminRequest.Get("/version"), version.Error!);
        Assert.Equal("The daemon's answer could not be read", failure.Title);
        Assert.StartsWith("The daemon in pod kmesh-8hv7d answered GET /version with truncated data: UnexpectedEnd", failure.Message);
        Kmesh.Model.Parsed<Kmesh.Model.Sources.DaemonVersion> wrong = Kmesh.Model.Sources.DaemonVersion.Read("{\"gitVersion\": 12}");
        Assert.Contains("malformed data: WrongType at $.gitVersion", FailureClassifier.Unreadable(Pod, AdminRequest.Get("/version"), wrong.Error!).Message);
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
