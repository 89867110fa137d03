using System.Collections.Generic;
using System.Linq;
using Kmesh.Model.Traffic;
using Xunit;

namespace Kmesh.Tests.Mesh;

public class TrafficTests
{
    private static TrafficSnapshot Read(string page) => TrafficReader.Read(page).Value!;

    [Fact]
    public void Service_traffic_counts_each_connection_once_from_the_server_side()
    {
        TrafficSnapshot s = Read(Fixtures.Read("metrics.prom"));

        ServiceTraffic reviews = s.Services.Single(x => x.Key == "default/reviews");
        // Reported by both ends (source productpage, destination reviews): the server's report, not the sum.
        Assert.Equal(412, reviews.Counters.Opened);
        Assert.Equal(410, reviews.Counters.Closed);
        Assert.Equal(318450, reviews.Counters.ReceivedBytes);
        Assert.Equal(2934112, reviews.Counters.SentBytes);
        Assert.Null(reviews.Counters.Retransmits);
        // details: one flow from an unknown source (destination report) and one from productpage (source report, swapped).
        ServiceTraffic details = s.Services.Single(x => x.Key == "default/details");
        Assert.Equal(3 + 205, details.Counters.Closed);
        ServiceTraffic external = s.Services.Single(x => x.Namespace == "");
        Assert.Equal("93.184.216.34", external.Name);
        Assert.Equal(1980, external.Counters.ReceivedBytes);
    }

    [Fact]
    public void Workloads_have_inbound_from_workload_metrics_and_outbound_from_service_metrics()
    {
        TrafficSnapshot s = Read(Fixtures.Read("metrics.prom"));

        Assert.True(s.Coverage.ServiceMetrics);
        Assert.True(s.Coverage.WorkloadMetrics);
        Assert.True(s.Coverage.ConnectionMetrics);
        WorkloadTraffic reviews = s.Workloads.Single(w => w.Key == "default/reviews-v2");
        Assert.Equal(412, reviews.Inbound!.Opened);
        Assert.Equal(3, reviews.Inbound.Retransmits); // 0 from the destination's socket + 3 from the source's
        WorkloadTraffic productpage = s.Workloads.Single(w => w.Key == "default/productpage-v1");
        Assert.Null(productpage.Inbound);
        Assert.Equal(318450 + 89012 + 1980, productpage.Outbound!.SentBytes);
        PodTraffic pod = s.Pods.Single();
        Assert.Equal("default/reviews-v2-5c757d5846-ptd9c", pod.Key);
        Assert.Equal("reviews-v2", pod.WorkloadName);
    }

    [Fact]
    public void Absent_families_mean_workload_metrics_are_off()
    {
        TrafficSnapshot s = Read(TrafficCases.WithoutFamilies(Fixtures.Read("metrics.prom"), "kmesh_tcp_workload_", "kmesh_tcp_retrans", "kmesh_tcp_packet_loss", "kmesh_tcp_connection_"));

        Assert.True(s.Coverage.ServiceMetrics);
        Assert.False(s.Coverage.WorkloadMetrics);
        Assert.False(s.Coverage.ConnectionMetrics);
        Assert.Empty(s.Pods);
        Assert.All(s.Workloads, w => Assert.Null(w.Inbound));
        Assert.NotEmpty(s.Services);
    }

    [Fact]
    public void Rates_come_from_two_samples_and_a_reset_is_no_rate()
    {
        string page = Fixtures.Read("metrics.prom");
        var samples = new List<TrafficSample>
        {
            new(0, Read(page)),
            new(10000, Read(TrafficCases.Grow(page, 1.5))),
        };

        TrafficFigures reviews = TrafficLookup.Service(samples, "default", "reviews");
        Assert.Equal(206.0 / 10, reviews.Rate!.OpenedPerSecond);
        Assert.Equal((System.Math.Round(318450 * 1.5) - 318450) / 10, reviews.Rate.ReceivedBytesPerSecond);
        RatePoint point = Assert.Single(TrafficRates.Series(samples));
        Assert.Equal(10, point.Seconds);

        samples.Add(new TrafficSample(15000, Read(page)));
        TrafficFigures afterRestart = TrafficLookup.Service(samples, "default", "reviews");
        Assert.Null(afterRestart.Rate!.OpenedPerSecond);
        Assert.Equal(412, afterRestart.Counters!.Opened);
    }

    [Fact]
    public void Formatting_uses_binary_units()
    {
        Assert.Equal("512 B", TrafficFormat.Bytes(512));
        Assert.Equal("2.8 MiB", TrafficFormat.Bytes(2934112));
        Assert.Equal("1.5 KiB/s", TrafficFormat.BytesRate(1536));
        Assert.Equal("–", TrafficFormat.CountRate(null));
        Assert.Equal("20.6/s", TrafficFormat.CountRate(20.6));
    }
}

public class MetricsFailureTests
{
    [Fact]
    public void A_refused_metrics_port_names_the_modes_and_switches_that_serve_it()
    {
        var problem = Kmesh.Model.Traffic.MetricsFailure.Explain("kmesh-8hv7d",
            new Kmesh.Model.Transport.HeadlampApiError(503, "Service Unavailable - error trying to reach service: dial tcp 10.244.1.5:15020: connect: connection refused"), null, null);
        Assert.Equal("Nothing listens on port 15020 of pod kmesh-8hv7d.", problem.Message);
        Assert.Contains("dual-engine mode with monitoring on", problem.Hint);
    }

    [Fact]
    public void Forbidden_on_both_ways_names_both_permissions()
    {
        var problem = Kmesh.Model.Traffic.MetricsFailure.Explain("kmesh-8hv7d",
            new Kmesh.Model.Transport.HeadlampApiError(403, "Forbidden - pods \"kmesh-8hv7d\" is forbidden"),
            new Kmesh.Model.Transport.ExecOutput("", "", new Kmesh.Model.Transport.HeadlampApiError(403, "Forbidden")), null);
        Assert.Contains("pods/proxy", problem.Message);
        Assert.Contains("\"get\" on \"pods/proxy\"", problem.Hint);
    }
}
