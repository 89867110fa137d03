namespace Kmesh.Model.Traffic;

/// <summary>What a mesh view's row can say about its traffic, from most to least known.</summary>
public enum TrafficReachKind
{
    /// <summary>The daemon that sees this row's traffic was not read (it runs on another node).</summary>
    NotSampled,
    /// <summary>The daemon is being read for the first time.</summary>
    Reading,
    /// <summary>The daemon could not be read and no earlier reading exists.</summary>
    Unreadable,
    /// <summary>The page has no TCP metrics at all: monitoring is off (or nothing was seen since it was switched on).</summary>
    MonitoringOff,
    /// <summary>The row needs workload-level metrics and the page has none.</summary>
    WorkloadMetricsOff,
    /// <summary>The page was read and has no series for this row: no connection was recorded.</summary>
    NoTraffic,
    /// <summary>The row has figures.</summary>
    Figures,
}

/// <summary>Decides, per row, whether the sampled daemon's metrics can speak for it. A daemon reports only the
/// connections of its own node, so a pod's inbound traffic is known only from the daemon on the pod's node.</summary>
public static class TrafficReach
{
    /// <param name="podNode">The node the workload runs on.</param>
    /// <param name="sampledNode">The node whose daemon is sampled ("" when none).</param>
    /// <param name="latest">The newest reading, or null.</param>
    /// <param name="failed">The last read failed (or the page was malformed).</param>
    public static TrafficReachKind Pod(string podNode, string sampledNode, TrafficSnapshot? latest, bool failed, TrafficFigures figures)
    {
        if (sampledNode.Length == 0 || podNode != sampledNode) return TrafficReachKind.NotSampled;
        TrafficReachKind read = Read(latest, failed);
        if (read != TrafficReachKind.Figures) return read;
        if (!latest!.Coverage.WorkloadMetrics) return TrafficReachKind.WorkloadMetricsOff;
        return figures.Counters is null ? TrafficReachKind.NoTraffic : TrafficReachKind.Figures;
    }

    /// <summary>A service's figures are whatever the sampled daemon saw of it (service-level metrics are on with
    /// monitoring); they are never the whole cluster's unless every daemon was read.</summary>
    public static TrafficReachKind Service(string sampledNode, TrafficSnapshot? latest, bool failed, TrafficFigures figures)
    {
        if (sampledNode.Length == 0) return TrafficReachKind.NotSampled;
        TrafficReachKind read = Read(latest, failed);
        if (read != TrafficReachKind.Figures) return read;
        return figures.Counters is null ? TrafficReachKind.NoTraffic : TrafficReachKind.Figures;
    }

    /// <summary>What the reading itself allows: <see cref="TrafficReachKind.Figures"/> when it can speak for rows.</summary>
    private static TrafficReachKind Read(TrafficSnapshot? latest, bool failed)
    {
        if (latest is null) return failed ? TrafficReachKind.Unreadable : TrafficReachKind.Reading;
        return latest.Coverage.ServiceMetrics ? TrafficReachKind.Figures : TrafficReachKind.MonitoringOff;
    }
}
