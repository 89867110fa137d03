using System.Collections.Generic;

namespace Kmesh.Model.Operations;

/// <summary>An indirect read of a switch's effect. <see cref="Source"/> is "metrics" or "logs"; <see cref="At"/> is an
/// ISO time (UTC): for metrics when the page was read, for logs the newest access-log line's time (the read's time
/// when there is none). <see cref="Total"/> sums the switch's metric series (null: none), so two reads show growth.</summary>
public sealed record SwitchReading(string Switch, string Source, bool Seen, string At, double? Total);

/// <summary>A switch's state once memory and the indirect read are weighed: <see cref="Kind"/> is "unknown",
/// "remembered", "confirmed", "read" (known from the read alone) or "contradicted".</summary>
public sealed record SwitchVerdict(string Value, string Kind, string Detail);

/// <summary>Weighs what was remembered against what the daemon's metrics page or log tail show. Kmesh keeps a
/// series' last values after its switch is turned off, so the mere presence of series never proves "on" now;
/// series that grow after the switch was set off, or access-log lines newer than that, do contradict it.</summary>
public static class SwitchEvidence
{
    private const string AccessLogPrefix = "accesslog: ";

    /// <summary>The metric-name prefix whose series a switch produces; "" when it produces none of its own.</summary>
    public static string MetricsPrefix(string switchId) => switchId == "workload_metrics" ? "kmesh_tcp_workload_"
        : switchId == "connection_metrics" ? "kmesh_tcp_connection_" : "";

    /// <summary>A read of the metrics page at <paramref name="at"/>; null for switches that leave no series.</summary>
    public static SwitchReading? FromMetrics(string switchId, string? metricsText, string at)
    {
        string prefix = MetricsPrefix(switchId);
        if (prefix.Length == 0 || metricsText is null) return null;
        double? total = null;
        int start = 0;
        while (start < metricsText.Length)
        {
            int end = metricsText.IndexOf('\n', start);
            if (end < 0) end = metricsText.Length;
            string line = metricsText.Substring(start, end - start);
            start = end + 1;
            if (!line.StartsWith(prefix, System.StringComparison.Ordinal)) continue;
            int space = line.LastIndexOf(' ');
            double value = 0;
            if (space > 0 && double.TryParse(line.Substring(space + 1), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double parsed)) value = parsed;
            total = (total ?? 0) + value;
        }
        return new SwitchReading(switchId, "metrics", total is not null, at, total);
    }

    /// <summary>The access-log lines of a log tail read at <paramref name="readAt"/>; null for other switches.</summary>
    public static SwitchReading? FromLog(string switchId, IReadOnlyList<LogLine> lines, string readAt)
    {
        if (switchId != "accesslog") return null;
        string newest = "";
        int count = 0;
        foreach (LogLine line in lines)
        {
            if (!line.Text.StartsWith(AccessLogPrefix, System.StringComparison.Ordinal)) continue;
            count++;
            string at = AccessLogTime(line.Text);
            if (string.CompareOrdinal(at, newest) > 0) newest = at;
        }
        if (count == 0) return new SwitchReading(switchId, "logs", false, readAt, null);
        return new SwitchReading(switchId, "logs", true, newest.Length == 0 ? readAt : newest, count);
    }

    /// <summary>"accesslog: 2025-12-03 10:02:46.518204377 +0000 UTC …" → "2025-12-03T10:02:46" (UTC lines only; "" otherwise).</summary>
    public static string AccessLogTime(string line)
    {
        if (!line.StartsWith(AccessLogPrefix, System.StringComparison.Ordinal)) return "";
        string rest = line.Substring(AccessLogPrefix.Length);
        if (rest.Length < 19 || rest[4] != '-' || rest[7] != '-' || rest[10] != ' ' || rest[13] != ':' || rest[16] != ':') return "";
        int utc = rest.IndexOf(" +0000 UTC", System.StringComparison.Ordinal);
        if (utc < 0 || utc > 40) return "";
        return rest.Substring(0, 10) + "T" + rest.Substring(11, 8);
    }

    /// <summary>The verdict for one switch on one node. <paramref name="previous"/> is the read before
    /// <paramref name="latest"/> (for growth), either may be null.</summary>
    public static SwitchVerdict Judge(RememberedSwitch? remembered, SwitchReading? latest, SwitchReading? previous)
    {
        SwitchState memory = SwitchMemory.Describe(remembered);
        if (latest is null) return new SwitchVerdict(memory.Value, remembered is null ? "unknown" : "remembered", memory.Detail);
        string what = latest.Source == "metrics" ? "metrics" : "log tail";
        string trace = Trace(latest);
        string show = latest.Source == "metrics" ? "show" : "shows";
        bool grew = previous is not null && previous.Source == latest.Source && latest.Total is not null
            && latest.Total.Value > (previous.Total ?? 0) && latest.Source == "metrics";
        string grewText = grew ? $"its {trace} grew between the reads at {Time(previous!.At)} and {Time(latest.At)}" : "";

        if (remembered is null)
        {
            if (grew) return new SwitchVerdict("on", "read", $"Read from the {what}: {grewText}. It was not set from this page.");
            if (latest.Seen && latest.Source == "logs")
            {
                return new SwitchVerdict("on", "read", $"Read from the {what}: an access-log line at {Time(latest.At)}. It was not set from this page.");
            }
            if (latest.Seen)
            {
                return new SwitchVerdict(SwitchMemory.Unknown, "unknown",
                    $"The {what} read at {Time(latest.At)} {(latest.Source == "metrics" ? "have" : "has")} {trace}: it was on at some time since the daemon started, but Kmesh keeps series after switching off, so that does not say it is on now. A second read that shows them growing would.");
            }
            return new SwitchVerdict(SwitchMemory.Unknown, "unknown",
                $"{memory.Detail} The {what} read at {Time(latest.At)} {show} no {trace}: it is off, or no connection was seen since it was switched on.");
        }

        string set = $"Set to {(remembered.Enabled ? "on" : "off")} from this page at {Time(remembered.SetAt)}";
        bool afterSet = Compare(latest.At, remembered.SetAt) >= 0;
        if (remembered.Enabled)
        {
            if (afterSet && latest.Seen)
            {
                return new SwitchVerdict("on", "confirmed", $"{set}; confirmed by {(latest.Source == "metrics" ? "metrics" : "logs")} at {Time(latest.At)}: {trace}.");
            }
            if (latest.Source == "logs" && latest.Seen)
            {
                return new SwitchVerdict("on", "remembered",
                    $"{set}: remembered, not yet confirmed. The newest access-log line in the log tail ({Time(latest.At)}) is older than that: no connection was logged since.");
            }
            if (afterSet)
            {
                return new SwitchVerdict("on", "remembered",
                    $"{set}: remembered, not yet confirmed. The {what} read at {Time(latest.At)} {show} no {trace}: no connection was seen since, or the daemon restarted and reset it.");
            }
            return new SwitchVerdict(memory.Value, "remembered", memory.Detail);
        }

        if (latest.Source == "logs" && latest.Seen && afterSet)
        {
            return new SwitchVerdict("off", "contradicted",
                $"{set}, but the log tail contradicts it: an access-log line at {Time(latest.At)} is newer. Access logs were switched on again elsewhere (kmeshctl or another user).");
        }
        if (grew && Compare(previous!.At, remembered.SetAt) >= 0)
        {
            return new SwitchVerdict("off", "contradicted",
                $"{set}, but the metrics contradict it: {grewText}, which happens only while it is on. It was switched on again elsewhere (kmeshctl or another user).");
        }
        if (afterSet && !latest.Seen)
        {
            return new SwitchVerdict("off", "confirmed", $"{set}; consistent with the {what} read at {Time(latest.At)}: no {trace}.");
        }
        return new SwitchVerdict(memory.Value, "remembered", memory.Detail
            + (latest.Source == "metrics" && latest.Seen ? " Its series are still on the metrics page: Kmesh keeps their last values after switching off." : ""));
    }

    private static string Trace(SwitchReading reading) => reading.Source == "logs" ? "access-log lines" : MetricsPrefix(reading.Switch) + "* series";

    /// <summary>Compares two ISO times to the second (the daemon's log has nanoseconds, the browser milliseconds).</summary>
    private static int Compare(string a, string b) => string.CompareOrdinal(Second(a), Second(b));

    private static string Second(string iso) => iso.Length >= 19 ? iso.Substring(0, 19) : iso;

    /// <summary>"2025-12-03T10:02:46.518Z" → "2025-12-03 10:02:46 UTC".</summary>
    public static string Time(string iso) => iso.Length >= 19 ? iso.Substring(0, 10) + " " + iso.Substring(11, 8) + " UTC" : iso;
}
