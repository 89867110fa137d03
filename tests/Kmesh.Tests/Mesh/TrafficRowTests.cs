using System.Collections.Generic;
using System.Linq;
using Kmesh.Model.Traffic;
using Xunit;

namespace Kmesh.Tests.Mesh;

/// <summary>What the Workloads and Services rows show: which rows the sampled daemon can speak for, a service's
/// figures with its pods' retransmits, and one row's rate series.</summary>
public class TrafficRowTests
{
    private static TrafficSample Sample(double atMs, string page) => new(atMs, TrafficReader.Read(page).Value!);

    private static List<TrafficSample> Two() => new()
    {
        Sample(1000, Fixtures.Read("metrics.prom")),
        Sample(11000, TrafficCases.Grow(Fixtures.Read("metrics.prom"), 1.5)),
    };

    [Fact]
    public void A_pod_on_another_node_is_not_sampled_whatever_the_reading_holds()
    {
        List<TrafficSample> samples = Two();
        TrafficFigures pod = TrafficLookup.PodInbound(samples, "default", "reviews-v2-5c757d5846-ptd9c");

        Assert.Equal(TrafficReachKind.Figures, TrafficReach.Pod("kmesh-worker", "kmesh-worker", samples[1].Snapshot, false, pod));
        Assert.Equal(TrafficReachKind.NotSampled, TrafficReach.Pod("kmesh-worker2", "kmesh-worker", samples[1].Snapshot, false, pod));
        Assert.Equal(TrafficReachKind.NotSampled, TrafficReach.Pod("kmesh-worker", "", null, false, pod));
        Assert.Equal(TrafficReachKind.Reading, TrafficReach.Pod("kmesh-worker", "kmesh-worker", null, false, pod));
        Assert.Equal(TrafficReachKind.Unreadable, TrafficReach.Pod("kmesh-worker", "kmesh-worker", null, true, pod));
    }

    [Fact]
    public void Switched_off_metric_groups_are_named_before_a_row_is_called_idle()
    {
        string page = Fixtures.Read("metrics.prom");
        TrafficSnapshot noWorkload = TrafficReader.Read(TrafficCases.WithoutFamilies(page, "kmesh_tcp_workload_", "kmesh_tcp_retrans", "kmesh_tcp_packet_loss")).Value!;
        TrafficSnapshot noMonitoring = TrafficReader.Read(TrafficCases.WithoutFamilies(page, "kmesh_")).Value!;
        var none = new TrafficFigures(null, null);

        Assert.Equal(TrafficReachKind.WorkloadMetricsOff, TrafficReach.Pod("n", "n", noWorkload, false, none));
        Assert.Equal(TrafficReachKind.MonitoringOff, TrafficReach.Pod("n", "n", noMonitoring, false, none));
        Assert.Equal(TrafficReachKind.MonitoringOff, TrafficReach.Service("n", noMonitoring, false, none));
        Assert.Equal(TrafficReachKind.NoTraffic, TrafficReach.Service("n", noWorkload, false, none));
        Assert.Equal(TrafficReachKind.NoTraffic, TrafficReach.Pod("n", "n", TrafficReader.Read(page).Value!, false, none));
    }

    [Fact]
    public void A_service_takes_retransmits_and_loss_from_the_pods_behind_it()
    {
        List<TrafficSample> samples = Two();
        var pods = new List<string> { "default/reviews-v2-5c757d5846-ptd9c", "default/reviews-v1-absent" };

        TrafficFigures reviews = TrafficLookup.ServiceWithPods(samples, "default", "reviews", pods);

        Assert.Equal(TrafficLookup.Service(samples, "default", "reviews").Counters!.Opened, reviews.Counters!.Opened);
        Assert.Equal(TrafficLookup.PodsInbound(samples, pods).Counters!.Retransmits, reviews.Counters.Retransmits);
        Assert.NotNull(reviews.Counters.Retransmits);
        Assert.NotNull(reviews.Rate!.RetransmitsPerSecond);
        Assert.Null(TrafficLookup.ServiceWithPods(samples, "default", "reviews", new List<string>()).Counters!.Retransmits);
        Assert.Null(TrafficLookup.ServiceWithPods(samples, "nowhere", "nothing", pods).Counters);
    }

    [Fact]
    public void A_rows_series_has_one_point_per_pair_of_samples()
    {
        List<TrafficSample> samples = Two();
        samples.Add(Sample(21000, TrafficCases.Grow(Fixtures.Read("metrics.prom"), 2)));

        List<RatePoint> pod = TrafficLookup.PodSeries(samples, "default", "reviews-v2-5c757d5846-ptd9c");
        List<RatePoint> service = TrafficLookup.ServiceSeries(samples, "default", "reviews");

        Assert.Equal(new double[] { 11000, 21000 }, pod.Select(p => p.AtMs));
        Assert.Equal(2, service.Count);
        Assert.Equal(412 * 0.5 / 10, service[0].Rate.OpenedPerSecond!.Value, 1);
        Assert.Empty(TrafficLookup.PodSeries(samples.Take(1).ToList(), "default", "reviews-v2-5c757d5846-ptd9c"));
        Assert.Equal(TrafficRates.Series(samples).Count, TrafficRates.SeriesOf(samples, s => s.Total).Count);
    }
}
