using System.Collections.Generic;

namespace Kmesh.Model.Traffic;

/// <summary>Traffic to one service (server side), keyed <c>namespace/name</c>; a destination outside the mesh
/// (an IP or external host, no service name) has an empty namespace and its address as name.</summary>
public sealed record ServiceTraffic(string Namespace, string Name, string Hostname, TrafficCounters Counters)
{
    public string Key => TrafficKeys.Of(Namespace, Name);
}

/// <summary>One workload (a Deployment, Job… by its workload name): <see cref="Inbound"/> as a server, from the
/// workload-level metrics (null when those families are absent); <see cref="Outbound"/> as a client of services,
/// from the service-level metrics (null when it called no service).</summary>
public sealed record WorkloadTraffic(string Namespace, string WorkloadName, TrafficCounters? Inbound, TrafficCounters? Outbound)
{
    public string Key => TrafficKeys.Of(Namespace, WorkloadName);
}

/// <summary>Traffic to one pod as a server, from the workload-level metrics.</summary>
public sealed record PodTraffic(string Namespace, string PodName, string WorkloadName, TrafficCounters Inbound)
{
    public string Key => TrafficKeys.Of(Namespace, PodName);
}

/// <summary>Which metric groups the page contained. A Prometheus gauge vector without series is not written at
/// all, so an absent group means "switched off, or switched on with no connection recorded since".</summary>
public sealed record MetricsCoverage(bool ServiceMetrics, bool WorkloadMetrics, bool ConnectionMetrics, int ConnectionSeries);

/// <summary>One reading of a daemon's <c>:15020/status/metric</c>: the connections that daemon's node saw (as
/// source or destination). Each connection is counted once per row: from the server's report when the page has
/// it, else from the client's report with sent and received swapped.</summary>
public sealed record TrafficSnapshot(
    MetricsCoverage Coverage,
    IReadOnlyList<ServiceTraffic> Services,
    IReadOnlyList<WorkloadTraffic> Workloads,
    IReadOnlyList<PodTraffic> Pods)
{
    /// <summary>Every service-level connection the node saw (the sum over <see cref="Services"/>).</summary>
    public TrafficCounters Total
    {
        get
        {
            TrafficCounters total = TrafficCounters.Zero;
            foreach (ServiceTraffic service in Services) total = total.Plus(service.Counters);
            return total;
        }
    }
}

public static class TrafficKeys
{
    public static string Of(string ns, string name) => ns.Length == 0 ? name : ns + "/" + name;
}
