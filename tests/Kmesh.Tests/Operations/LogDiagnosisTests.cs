using System.Linq;
using k8s;
using k8s.Models;
using Kmesh.Model.Operations;
using Xunit;

namespace Kmesh.Tests.Operations;

public class LogDiagnosisTests
{
    private const string CrashLog =
        "time=\"2025-12-03T09:13:58Z\" level=info msg=\"FLAG: --mode=\\\"dual-engine\\\"\" subsys=manager\n"
        + "time=\"2025-12-03T09:13:59Z\" level=info msg=\"bpf loader start successfully\" subsys=manager\n"
        + "time=\"2025-12-03T09:14:00Z\" level=error msg=\"failed to start controller: failed to get xds client: dial tcp 10.96.52.140:15012: connect: connection refused\" subsys=manager\n"
        + "time=\"2025-12-03T09:14:00Z\" level=fatal msg=\"failed to start kmesh daemon, exit\" subsys=manager\n";

    [Fact]
    public void Lines_get_numbers_and_logrus_levels_and_errors_are_marked()
    {
        var lines = DaemonLog.Read(CrashLog);

        Assert.Equal(4, lines.Count);
        Assert.Equal(new[] { "info", "info", "error", "fatal" }, lines.Select(l => l.Level));
        Assert.Equal(new[] { false, false, true, true }, lines.Select(l => l.IsError));
        Assert.Equal(3, lines[2].Number);
    }

    [Fact]
    public void Sample_log_of_a_healthy_daemon_has_no_error_and_no_signature()
    {
        var lines = DaemonLog.Read(Fixtures.Read("daemon-stdout-sample.log"));

        Assert.DoesNotContain(lines, l => l.IsError);
        Assert.Empty(FailureSignatures.Find(lines));
        Assert.Equal("", lines.First(l => l.Text.StartsWith("accesslog:")).Level);
    }

    [Fact]
    public void Xds_refusal_is_named_with_its_line_and_fix()
    {
        var match = Assert.Single(FailureSignatures.Find(DaemonLog.Read(CrashLog)));

        Assert.Equal(FailureSignatureKind.XdsConnectionRefused, match.Signature.Kind);
        Assert.Equal(3, match.Line.Number);
        Assert.Contains("15012", match.Signature.Cause);
        Assert.Contains("istiod", match.Signature.Fix);
    }

    [Theory]
    [InlineData("level=error msg=\"failed to load bpf object: loading objects: program cgroup_connect4: load program: permission denied\"", FailureSignatureKind.BpfLoadFailure)]
    [InlineData("level=error msg=\"bpf loader start failed: attach cgroup: invalid argument\"", FailureSignatureKind.BpfLoadFailure)]
    [InlineData("level=fatal msg=\"load program: invalid argument: unknown func bpf_sk_storage_get#107\"", FailureSignatureKind.MissingKernelFeature)]
    [InlineData("level=error msg=\"btf is not supported by the running kernel\"", FailureSignatureKind.MissingKernelFeature)]
    [InlineData("level=error msg=\"kernel version 4.18 does not support the enhanced kernel features\"", FailureSignatureKind.MissingKernelFeature)]
    [InlineData("level=error msg=\"pods is forbidden: User \\\"system:serviceaccount:kmesh-system:kmesh\\\" cannot list resource \\\"pods\\\"\"", FailureSignatureKind.Rbac)]
    [InlineData("level=error msg=\"xds stream error: rpc error: code = Unavailable desc = connection error: dial tcp: lookup istiod.istio-system.svc on 10.96.0.10:53: no such host\"", FailureSignatureKind.XdsConnectionRefused)]
    public void Known_signatures_are_classified(string line, FailureSignatureKind kind)
    {
        Assert.Equal(kind, FailureSignatures.Classify(line)?.Kind);
    }

    [Theory]
    [InlineData("level=info msg=\"bpf loader start successfully\" subsys=manager")]
    [InlineData("level=info msg=\"controller start successfully\"")]
    [InlineData("accesslog: 2025-12-03 10:02:46 +0000 UTC src.addr=10.244.1.8:52914, error=connection refused to istiod")]
    [InlineData("")]
    public void Ordinary_lines_have_no_signature(string line)
    {
        Assert.Null(FailureSignatures.Classify(line));
    }

    [Fact]
    public void Search_is_case_insensitive_and_empty_shows_everything()
    {
        var lines = DaemonLog.Read(CrashLog);

        Assert.Equal(new[] { 3 }, DaemonLog.Filter(lines, "XDS").Select(l => l.Number));
        Assert.Equal(4, DaemonLog.Filter(lines, "  ").Count);
        Assert.Empty(DaemonLog.Filter(lines, "ipsec"));
    }

    [Fact]
    public void Log_path_is_bounded_and_names_the_container()
    {
        Assert.Equal("/api/v1/namespaces/kmesh-system/pods/kmesh-zt4wp/log?container=kmesh&tailLines=200&previous=true",
            DaemonLog.LogPath("kmesh-system", "kmesh-zt4wp", 200, true));
    }

    [Fact]
    public void Crash_looping_container_reports_exit_code_reason_and_restarts()
    {
        var pod = KubernetesJson.Deserialize<V1Pod>("""
            {"metadata":{"name":"kmesh-zt4wp"},"status":{"containerStatuses":[{"name":"kmesh","restartCount":7,"ready":false,"image":"x","imageID":"",
             "state":{"waiting":{"reason":"CrashLoopBackOff","message":"back-off 5m0s restarting failed container=kmesh"}},
             "lastState":{"terminated":{"exitCode":1,"reason":"Error","startedAt":"2025-12-10T08:56:19Z","finishedAt":"2025-12-10T08:56:59Z"}}}]}}
            """);

        var d = ContainerDiagnosisRules.For(pod);

        Assert.True(d.Found);
        Assert.Equal("waiting", d.State);
        Assert.Equal("CrashLoopBackOff", d.StateReason);
        Assert.Equal(7, d.Restarts);
        Assert.Equal(1, d.LastExitCode);
        Assert.Equal("exit code 1 (Error)", d.LastTermination);
        Assert.True(d.HasPreviousRun);
    }

    [Fact]
    public void Container_never_restarted_has_no_last_termination_and_a_missing_status_says_not_found()
    {
        var running = KubernetesJson.Deserialize<V1Pod>("""{"status":{"containerStatuses":[{"name":"kmesh","restartCount":0,"ready":true,"image":"x","imageID":"","state":{"running":{}},"lastState":{}}]}}""");
        var none = KubernetesJson.Deserialize<V1Pod>("""{"status":{}}""");

        var d = ContainerDiagnosisRules.For(running);
        Assert.Equal("running", d.State);
        Assert.Null(d.LastExitCode);
        Assert.Equal("", d.LastTermination);
        Assert.False(d.HasPreviousRun);
        Assert.False(ContainerDiagnosisRules.For(none).Found);
    }
}
