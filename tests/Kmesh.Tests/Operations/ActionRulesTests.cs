using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Model.Operations;
using Kmesh.Model.Rules;
using Kmesh.Model.Transport;
using Xunit;

namespace Kmesh.Tests.Operations;

public class ActionRulesTests
{
    private static readonly NodeTarget Worker = new("kmesh-worker", "kmesh-b9kfm");

    [Fact]
    public void Logger_levels_are_logrus_names_except_bpf()
    {
        Assert.Equal(new[] { "panic", "fatal", "error", "warning", "info", "debug", "trace" }, LoggerChange.Levels("default"));
        Assert.Equal(new[] { "error", "warn", "info", "debug" }, LoggerChange.Levels("bpf"));
    }

    [Fact]
    public void Logger_change_builds_the_daemons_body_and_refuses_levels_the_logger_does_not_take()
    {
        var ok = LoggerChange.Build("bpf", "warn");
        Assert.Equal(AdminRequest.Post("/debug/loggers", "{\"name\":\"bpf\",\"level\":\"warn\"}"), ok.Request);

        var wrong = LoggerChange.Build("default", "warn");
        Assert.Null(wrong.Request);
        Assert.Contains("does not accept level \"warn\"", wrong.Error);
        Assert.Null(LoggerChange.Build("bpf", "warning").Request);
        Assert.Null(LoggerChange.Build("x\"y", "info").Request);
        Assert.Equal("/debug/loggers?name=fileOnly", LoggerChange.ReadPath("fileOnly"));
    }

    [Fact]
    public void Switch_requests_are_posts_without_debug_prefix()
    {
        Assert.Equal(new[] { "/monitoring", "/accesslog", "/workload_metrics", "/connection_metrics", "/authz" }, RuntimeSwitches.All.Select(s => s.Path));
        Assert.Equal(AdminRequest.Post("/accesslog?enable=true", null), RuntimeSwitches.Request(RuntimeSwitches.AccessLogs, true));
        Assert.Equal(AdminRequest.Post("/authz?enable=false", null), RuntimeSwitches.Request(RuntimeSwitches.AuthzOffload, false));
        Assert.NotNull(ExecCommand.Build(RuntimeSwitches.Request(RuntimeSwitches.Monitoring, false)).Argv);
        Assert.Null(RuntimeSwitches.NotOffered("dual-engine"));
        Assert.Contains("only in dual-engine", RuntimeSwitches.NotOffered("kernel-native"));
    }

    [Fact]
    public void Switch_state_is_unknown_until_set_then_remembered_per_cluster_and_node()
    {
        Assert.False(SwitchMemory.Describe(null).Known);
        Assert.Equal("unknown", SwitchMemory.Describe(null).Value);

        var memory = SwitchMemory.Remember(null, new RememberedSwitch("c1", "kmesh-worker", "accesslog", true, "2025-12-10T09:00:00Z"));
        memory = SwitchMemory.Remember(memory, new RememberedSwitch("c2", "kmesh-worker", "accesslog", false, "2025-12-10T09:01:00Z"));
        memory = SwitchMemory.Remember(memory, new RememberedSwitch("c1", "kmesh-worker", "accesslog", false, "2025-12-10T09:02:00Z"));

        Assert.Equal(2, memory.Count);
        var state = SwitchMemory.Describe(SwitchMemory.Find(memory, "c1", "kmesh-worker", "accesslog"));
        Assert.Equal("off", state.Value);
        Assert.Contains("2025-12-10T09:02:00Z", state.Detail);
        Assert.Contains("remembered, not read back", state.Detail);
        Assert.Null(SwitchMemory.Find(memory, "c1", "kmesh-worker2", "accesslog"));
    }

    [Fact]
    public void Indirect_reads_confirm_access_logs_and_metrics()
    {
        var lines = DaemonLog.Read(Fixtures.Read("daemon-stdout-sample.log"));
        Assert.Matches("^Confirmed by the log tail: \\d+ access-log lines\\.$", SwitchMemory.AccessLogEvidence(lines));
        Assert.Null(SwitchMemory.AccessLogEvidence(DaemonLog.Read("level=info msg=x\n")));
        string metrics = Fixtures.Read("metrics.prom");
        Assert.Equal("Confirmed by the metrics endpoint: kmesh_tcp_workload_* series are present.", SwitchMemory.MetricsEvidence("workload_metrics", metrics));
        Assert.Equal("Confirmed by the metrics endpoint: kmesh_tcp_connection_* series are present.", SwitchMemory.MetricsEvidence("connection_metrics", metrics));
        Assert.Null(SwitchMemory.MetricsEvidence("workload_metrics", "kmesh_tcp_connections_opened_total 1\n"));
        Assert.Null(SwitchMemory.MetricsEvidence("accesslog", metrics));
    }

    [Fact]
    public void Outcomes_separate_success_daemon_refusal_and_unreachable()
    {
        var ok = NodeOutcomes.From(Worker, new AdminCallResult(new AdminResponse(200, new List<HttpHeader>(), ""), null, TransportStrategy.Exec));
        var refused = NodeOutcomes.From(Worker, new AdminCallResult(new AdminResponse(400, new List<HttpHeader>(), "Kmesh monitoring is disabled, cannot enable accesslog.\n"),
            new AdminFailure(AdminFailureKind.DaemonError, "x", "y"), TransportStrategy.Exec));
        var gone = NodeOutcomes.From(Worker, new AdminCallResult(null, new AdminFailure(AdminFailureKind.ContainerNotRunning, "Container kmesh in pod kmesh-b9kfm is not running.", "Wait."), null));

        Assert.Equal(OutcomeKind.Succeeded, ok.Kind);
        Assert.Equal(OutcomeKind.Rejected, refused.Kind);
        Assert.Equal("the daemon answered 400: Kmesh monitoring is disabled, cannot enable accesslog.", refused.Message);
        Assert.Equal(OutcomeKind.Unreachable, gone.Kind);
        Assert.Contains("is not running", gone.Message);
        Assert.Equal("1 of 3 nodes succeeded, 1 refused by the daemon, 1 unreachable", NodeOutcomes.Summary(new[] { ok, refused, gone }));
    }

    [Fact]
    public void Waypoint_manifest_matches_what_kmeshctl_generates()
    {
        var request = new WaypointSpecRequest("default", "waypoint", "service", WaypointManifest.ImageFor("v1.2.0"), false, null);
        var fixture = JsonNode.Parse(Fixtures.Read("waypoint-gateway.json"))!;
        var made = JsonNode.Parse(WaypointManifest.Json(request))!;

        Assert.Empty(WaypointManifest.Validate(request));
        Assert.True(JsonNode.DeepEquals(fixture["spec"], made["spec"]));
        Assert.True(JsonNode.DeepEquals(fixture["metadata"]!["labels"], made["metadata"]!["labels"]));
        Assert.True(JsonNode.DeepEquals(fixture["metadata"]!["annotations"], made["metadata"]!["annotations"]));
        Assert.Equal("default", made["metadata"]!["namespace"]!.GetValue<string>());
        string yaml = WaypointManifest.Yaml(request with { EnrollNamespace = true });
        Assert.Contains("gatewayClassName: istio-waypoint", yaml);
        Assert.Contains("port: 15008\n    protocol: HBONE", yaml);
        Assert.Contains("# label namespace default\nmetadata:\n  labels:\n    istio.io/use-waypoint: waypoint", yaml);
    }

    [Fact]
    public void Waypoint_request_problems_are_all_named()
    {
        var problems = WaypointManifest.Validate(new WaypointSpecRequest("Default", "-wp", "everything", "bad image\"", false, "svc_1"));

        Assert.Equal(5, problems.Count);
        Assert.Equal("{\"metadata\":{\"labels\":{\"istio.io/use-waypoint\":null}}}", WaypointManifest.WaypointLabelPatch(null));
        Assert.Equal("{\"metadata\":{\"labels\":{\"istio.io/use-waypoint\":\"wp\"}}}", WaypointManifest.WaypointLabelPatch("wp"));
    }

    [Fact]
    public void Delete_warning_lists_what_still_uses_the_waypoint()
    {
        var users = new WaypointUsers(new[] { "default" }, new[] { "reviews" }, new string[0], new[] { "waypoint-5d8b9c7f4-xk2lp" });

        Assert.StartsWith("Still labelled istio.io/use-waypoint for this waypoint: namespace default; service reviews.", WaypointManifest.DeleteWarning(users));
        Assert.Null(WaypointManifest.DeleteWarning(new WaypointUsers(new string[0], new string[0], new string[0], new[] { "wp-pod" })));
    }
}
