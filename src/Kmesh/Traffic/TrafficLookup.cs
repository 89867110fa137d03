using System.Collections.Generic;

namespace Kmesh.Model.Traffic;

/// <summary>A row's traffic: its counters in the latest reading and, with two readings, their rates.</summary>
public sealed record TrafficFigures(TrafficCounters? Counters, TrafficRate? Rate);

/// <summary>What the mesh views call to show traffic in a workload's or service's row: pure lookups over the
/// readings of the daemon on the node concerned (a pod's traffic is seen by the daemon of the pod's node).</summary>
public static class TrafficLookup
{
    /// <summary>A service (server side) by namespace and name.</summary>
    public static TrafficFigures Service(IReadOnlyList<TrafficSample> samples, string ns, string name)
        => Figures(samples, s => FindService(s, TrafficKeys.Of(ns, name)));

    /// <summary>A pod as a server (workload-level metrics).</summary>
    public static TrafficFigures PodInbound(IReadOnlyList<TrafficSample> samples, string ns, string podName)
        => Figures(samples, s => FindPod(s, TrafficKeys.Of(ns, podName)));

    /// <summary>A workload (by its workload name) as a server (workload-level metrics).</summary>
    public static TrafficFigures WorkloadInbound(IReadOnlyList<TrafficSample> samples, string ns, string workloadName)
        => Figures(samples, s => FindWorkload(s, TrafficKeys.Of(ns, workloadName))?.Inbound);

    /// <summary>A workload (by its workload name) as a client of services (service-level metrics).</summary>
    public static TrafficFigures WorkloadOutbound(IReadOnlyList<TrafficSample> samples, string ns, string workloadName)
        => Figures(samples, s => FindWorkload(s, TrafficKeys.Of(ns, workloadName))?.Outbound);

    /// <summary>Traffic to the pods behind a service, summed (retransmits and packet loss exist only per workload,
    /// so this is the service's figure for them; it includes traffic that reached the pods directly).</summary>
    public static TrafficFigures PodsInbound(IReadOnlyList<TrafficSample> samples, IReadOnlyList<string> podKeys)
        => Figures(samples, s =>
        {
            TrafficCounters? total = null;
            foreach (string key in podKeys)
            {
                TrafficCounters? pod = FindPod(s, key);
                if (pod is not null) total = total is null ? pod : total.Plus(pod);
            }
            return total;
        });

    /// <summary>A service's figures with retransmits and packet loss taken from the pods behind it (service-level
    /// metrics have neither): what a Services row shows.</summary>
    public static TrafficFigures ServiceWithPods(IReadOnlyList<TrafficSample> samples, string ns, string name, IReadOnlyList<string> podKeys)
    {
        TrafficFigures service = Service(samples, ns, name);
        TrafficFigures pods = PodsInbound(samples, podKeys);
        if (service.Counters is null) return service;
        TrafficCounters c = service.Counters;
        TrafficCounters counters = new TrafficCounters(c.Opened, c.Closed, c.SentBytes, c.ReceivedBytes, pods.Counters?.Retransmits, pods.Counters?.PacketLoss);
        TrafficRate? rate = service.Rate;
        if (rate is not null)
        {
            rate = new TrafficRate(rate.OpenedPerSecond, rate.ClosedPerSecond, rate.SentBytesPerSecond, rate.ReceivedBytesPerSecond,
                pods.Rate?.RetransmitsPerSecond, pods.Rate?.PacketLossPerSecond);
        }
        return new TrafficFigures(counters, rate);
    }

    /// <summary>The rates of one pod as a server between consecutive samples, oldest first (a workload's chart).</summary>
    public static List<RatePoint> PodSeries(IReadOnlyList<TrafficSample> samples, string ns, string podName)
    {
        string key = TrafficKeys.Of(ns, podName);
        return TrafficRates.SeriesOf(samples, s => FindPod(s, key));
    }

    /// <summary>The rates of one service between consecutive samples, oldest first (a service's chart).</summary>
    public static List<RatePoint> ServiceSeries(IReadOnlyList<TrafficSample> samples, string ns, string name)
    {
        string key = TrafficKeys.Of(ns, name);
        return TrafficRates.SeriesOf(samples, s => FindService(s, key));
    }

    private static TrafficFigures Figures(IReadOnlyList<TrafficSample> samples, System.Func<TrafficSnapshot, TrafficCounters?> pick)
    {
        if (samples.Count == 0) return new TrafficFigures(null, null);
        TrafficSample last = samples[samples.Count - 1];
        TrafficCounters? now = pick(last.Snapshot);
        if (samples.Count < 2) return new TrafficFigures(now, null);
        TrafficSample previous = samples[samples.Count - 2];
        TrafficCounters? before = pick(previous.Snapshot) ?? (now is null ? null : TrafficCounters.Zero);
        return new TrafficFigures(now, TrafficRates.Between(before, now, (last.AtMs - previous.AtMs) / 1000));
    }

    private static TrafficCounters? FindService(TrafficSnapshot snapshot, string key)
    {
        foreach (ServiceTraffic service in snapshot.Services)
        {
            if (service.Key == key) return service.Counters;
        }
        return null;
    }

    private static TrafficCounters? FindPod(TrafficSnapshot snapshot, string key)
    {
        foreach (PodTraffic pod in snapshot.Pods)
        {
            if (pod.Key == key) return pod.Inbound;
        }
        return null;
    }

    private static WorkloadTraffic? FindWorkload(TrafficSnapshot snapshot, string key)
    {
        foreach (WorkloadTraffic workload in snapshot.Workloads)
        {
            if (workload.Key == key) return workload;
        }
        return null;
    }
}
