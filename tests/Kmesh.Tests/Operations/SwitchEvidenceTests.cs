using Kmesh.Model.Operations;
using Kmesh.Tests.Mesh;
using Xunit;

namespace Kmesh.Tests.Operations;

/// <summary>Runtime switches weighed against the daemon's metrics page and log tail.</summary>
public class SwitchEvidenceTests
{
    private static RememberedSwitch Set(string id, bool on, string at) => new("c", "kmesh-worker", id, on, at);

    private static string Metrics() => Fixtures.Read("metrics.prom");

    private static string WithoutWorkload() => TrafficCases.WithoutFamilies(Metrics(), "kmesh_tcp_workload_");

    [Fact]
    public void Workload_series_read_after_switching_on_confirm_it_with_the_time()
    {
        SwitchReading reading = SwitchEvidence.FromMetrics("workload_metrics", Metrics(), "2025-12-03T10:05:00.120Z")!;

        SwitchVerdict verdict = SwitchEvidence.Judge(Set("workload_metrics", true, "2025-12-03T10:00:00.000Z"), reading, null);

        Assert.Equal("confirmed", verdict.Kind);
        Assert.Equal("on", verdict.Value);
        Assert.Contains("confirmed by metrics at 2025-12-03 10:05:00 UTC: kmesh_tcp_workload_* series.", verdict.Detail);
    }

    [Fact]
    public void No_series_yet_leaves_it_remembered_and_says_why_it_may_be_so()
    {
        SwitchReading reading = SwitchEvidence.FromMetrics("workload_metrics", WithoutWorkload(), "2025-12-03T10:05:00Z")!;

        SwitchVerdict verdict = SwitchEvidence.Judge(Set("workload_metrics", true, "2025-12-03T10:00:00Z"), reading, null);

        Assert.Equal("remembered", verdict.Kind);
        Assert.Contains("not yet confirmed", verdict.Detail);
        Assert.False(reading.Seen);
        Assert.Null(reading.Total);
    }

    [Fact]
    public void A_read_older_than_the_switch_says_nothing_about_it()
    {
        SwitchReading reading = SwitchEvidence.FromMetrics("workload_metrics", WithoutWorkload(), "2025-12-03T09:59:00Z")!;

        SwitchVerdict verdict = SwitchEvidence.Judge(Set("workload_metrics", true, "2025-12-03T10:00:00Z"), reading, null);

        Assert.Equal(SwitchMemory.Describe(Set("workload_metrics", true, "2025-12-03T10:00:00Z")).Detail, verdict.Detail);
    }

    [Fact]
    public void Series_that_grow_after_switching_off_contradict_it_but_series_kept_do_not()
    {
        RememberedSwitch off = Set("workload_metrics", false, "2025-12-03T10:00:00Z");
        SwitchReading first = SwitchEvidence.FromMetrics("workload_metrics", Metrics(), "2025-12-03T10:01:00Z")!;
        SwitchReading grown = SwitchEvidence.FromMetrics("workload_metrics", TrafficCases.Grow(Metrics(), 1.5), "2025-12-03T10:01:10Z")!;
        SwitchReading same = SwitchEvidence.FromMetrics("workload_metrics", Metrics(), "2025-12-03T10:01:10Z")!;

        Assert.Equal("contradicted", SwitchEvidence.Judge(off, grown, first).Kind);
        SwitchVerdict kept = SwitchEvidence.Judge(off, same, first);
        Assert.Equal("remembered", kept.Kind);
        Assert.Contains("Kmesh keeps their last values", kept.Detail);
        Assert.Equal("confirmed", SwitchEvidence.Judge(off, SwitchEvidence.FromMetrics("workload_metrics", WithoutWorkload(), "2025-12-03T10:01:00Z"), null).Kind);
    }

    [Fact]
    public void Without_memory_growth_reads_on_and_presence_alone_stays_unknown()
    {
        SwitchReading first = SwitchEvidence.FromMetrics("workload_metrics", Metrics(), "2025-12-03T10:01:00Z")!;
        SwitchReading grown = SwitchEvidence.FromMetrics("workload_metrics", TrafficCases.Grow(Metrics(), 2), "2025-12-03T10:01:10Z")!;

        Assert.Equal(("on", "read"), (SwitchEvidence.Judge(null, grown, first).Value, SwitchEvidence.Judge(null, grown, first).Kind));
        Assert.Equal("unknown", SwitchEvidence.Judge(null, first, null).Value);
    }

    [Fact]
    public void Access_log_lines_newer_than_the_switch_confirm_on_and_contradict_off()
    {
        var lines = DaemonLog.Read(Fixtures.Read("daemon-stdout-sample.log"));
        SwitchReading reading = SwitchEvidence.FromLog("accesslog", lines, "2025-12-03T10:05:00Z")!;

        Assert.True(reading.Seen);
        Assert.StartsWith("2025-12-03T10:0", reading.At);
        Assert.Contains("confirmed by logs at 2025-12-03 10:0", SwitchEvidence.Judge(Set("accesslog", true, "2025-12-03T10:00:00Z"), reading, null).Detail);
        Assert.Equal("contradicted", SwitchEvidence.Judge(Set("accesslog", false, "2025-12-03T10:00:00Z"), reading, null).Kind);
        Assert.Equal("remembered", SwitchEvidence.Judge(Set("accesslog", false, "2025-12-03T11:00:00Z"), reading, null).Kind);
        Assert.Equal("remembered", SwitchEvidence.Judge(Set("accesslog", true, "2025-12-03T11:00:00Z"), reading, null).Kind);
    }

    [Fact]
    public void Only_utc_access_log_times_are_read_and_switches_without_a_trace_have_no_reading()
    {
        Assert.Equal("2025-12-03T10:02:46", SwitchEvidence.AccessLogTime("accesslog: 2025-12-03 10:02:46.518204377 +0000 UTC src.addr=1.2.3.4:5"));
        Assert.Equal("", SwitchEvidence.AccessLogTime("accesslog: 2025-12-03 10:02:46.518204377 +0100 CET src.addr=1.2.3.4:5"));
        Assert.Equal("", SwitchEvidence.AccessLogTime("accesslog: src.addr=1.2.3.4:5"));
        Assert.Null(SwitchEvidence.FromMetrics("monitoring", Metrics(), "2025-12-03T10:05:00Z"));
        Assert.Null(SwitchEvidence.FromLog("workload_metrics", DaemonLog.Read("accesslog: x"), "2025-12-03T10:05:00Z"));
    }
}
