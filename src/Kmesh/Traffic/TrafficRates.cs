using System.Collections.Generic;

namespace Kmesh.Model.Traffic;

/// <summary>A snapshot and when it was taken (milliseconds on any clock the caller chooses; only differences matter).</summary>
public sealed record TrafficSample(double AtMs, TrafficSnapshot Snapshot);

/// <summary>Per-second rates between two readings. A value is null when either reading lacks the counter or it went
/// down (the daemon restarted, or Kmesh dropped the series), so a reset is never shown as negative traffic.</summary>
public sealed record TrafficRate(double? OpenedPerSecond, double? ClosedPerSecond, double? SentBytesPerSecond,
    double? ReceivedBytesPerSecond, double? RetransmitsPerSecond, double? PacketLossPerSecond);

/// <summary>One point of the rates chart: the node's service-level totals between a sample and the one before it.</summary>
public sealed record RatePoint(double AtMs, double Seconds, TrafficRate Rate);

public static class TrafficRates
{
    /// <summary>Rates from <paramref name="before"/> to <paramref name="after"/>; null when the interval is not positive.</summary>
    public static TrafficRate? Between(TrafficCounters? before, TrafficCounters? after, double seconds)
    {
        if (seconds <= 0 || after is null) return null;
        if (before is null) return new TrafficRate(null, null, null, null, null, null);
        return new TrafficRate(
            PerSecond(before.Opened, after.Opened, seconds),
            PerSecond(before.Closed, after.Closed, seconds),
            PerSecond(before.SentBytes, after.SentBytes, seconds),
            PerSecond(before.ReceivedBytes, after.ReceivedBytes, seconds),
            PerSecond(before.Retransmits, after.Retransmits, seconds),
            PerSecond(before.PacketLoss, after.PacketLoss, seconds));
    }

    private static double? PerSecond(double? before, double? after, double seconds)
    {
        if (before is null || after is null || after.Value < before.Value) return null;
        return (after.Value - before.Value) / seconds;
    }

    /// <summary>The chart's points: the node's totals for each consecutive pair of samples, oldest first.</summary>
    public static List<RatePoint> Series(IReadOnlyList<TrafficSample> samples) => SeriesOf(samples, s => s.Total);

    /// <summary>The points of one row's counters (picked from each snapshot; a row absent before counts from zero,
    /// a row absent now is a gap), oldest first.</summary>
    public static List<RatePoint> SeriesOf(IReadOnlyList<TrafficSample> samples, System.Func<TrafficSnapshot, TrafficCounters?> pick)
    {
        var points = new List<RatePoint>();
        for (int i = 1; i < samples.Count; i++)
        {
            double seconds = (samples[i].AtMs - samples[i - 1].AtMs) / 1000;
            TrafficCounters? after = pick(samples[i].Snapshot);
            TrafficCounters? before = pick(samples[i - 1].Snapshot) ?? (after is null ? null : TrafficCounters.Zero);
            TrafficRate? rate = Between(before, after, seconds);
            if (rate is not null) points.Add(new RatePoint(samples[i].AtMs, seconds, rate));
        }
        return points;
    }

    /// <summary>The two newest samples, or null with fewer than two.</summary>
    public static (TrafficSample Before, TrafficSample After)? Latest(IReadOnlyList<TrafficSample> samples)
        => samples.Count < 2 ? null : (samples[samples.Count - 2], samples[samples.Count - 1]);
}
