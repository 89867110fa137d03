using System.Collections.Generic;
using Kmesh.Model.Text;

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
        bool metrics = latest.Source == "metrics";
        string trace = Trace(latest);
        string at = Time(latest.At);
        bool grew = previous is not null && previous.Source == latest.Source && latest.Total is not null
            && latest.Total.Value > (previous.Total ?? 0) && metrics;
        string grewText = grew ? Say.T("its {{trace}} grew between the reads at {{previous}} and {{latest}}", "trace", trace, "previous", Time(previous!.At), "latest", at) : "";

        if (remembered is null)
        {
            if (grew) return new SwitchVerdict("on", "read", Say.T("Read from the metrics: {{growth}}. It was not set from this page.", "growth", grewText));
            if (latest.Seen && !metrics)
            {
                return new SwitchVerdict("on", "read", Say.T("Read from the log tail: an access-log line at {{time}}. It was not set from this page.", "time", at));
            }
            if (latest.Seen)
            {
                return new SwitchVerdict(SwitchMemory.Unknown, "unknown",
                    Say.T("The metrics read at {{time}} have {{trace}}: it was on at some time since the daemon started, but Kmesh keeps series after switching off, so that does not say it is on now. A second read that shows them growing would.", "time", at, "trace", trace));
            }
            return new SwitchVerdict(SwitchMemory.Unknown, "unknown", metrics
                ? Say.T("{{detail}} The metrics read at {{time}} show no {{trace}}: it is off, or no connection was seen since it was switched on.", "detail", memory.Detail, "time", at, "trace", trace)
                : Say.T("{{detail}} The log tail read at {{time}} shows no access-log lines: it is off, or no connection was seen since it was switched on.", "detail", memory.Detail, "time", at));
        }

        string setAt = Time(remembered.SetAt);
        string set = remembered.Enabled ? Say.T("Set to on from this page at {{time}}", "time", setAt) : Say.T("Set to off from this page at {{time}}", "time", setAt);
        bool afterSet = Compare(latest.At, remembered.SetAt) >= 0;
        if (remembered.Enabled)
        {
            if (afterSet && latest.Seen)
            {
                return new SwitchVerdict("on", "confirmed", metrics
                    ? Say.T("{{set}}; confirmed by metrics at {{time}}: {{trace}}.", "set", set, "time", at, "trace", trace)
                    : Say.T("{{set}}; confirmed by logs at {{time}}: access-log lines.", "set", set, "time", at));
            }
            if (!metrics && latest.Seen)
            {
                return new SwitchVerdict("on", "remembered",
                    Say.T("{{set}}: remembered, not yet confirmed. The newest access-log line in the log tail ({{time}}) is older than that: no connection was logged since.", "set", set, "time", at));
            }
            if (afterSet)
            {
                return new SwitchVerdict("on", "remembered", metrics
                    ? Say.T("{{set}}: remembered, not yet confirmed. The metrics read at {{time}} show no {{trace}}: no connection was seen since, or the daemon restarted and reset it.", "set", set, "time", at, "trace", trace)
                    : Say.T("{{set}}: remembered, not yet confirmed. The log tail read at {{time}} shows no access-log lines: no connection was seen since, or the daemon restarted and reset it.", "set", set, "time", at));
            }
            return new SwitchVerdict(memory.Value, "remembered", memory.Detail);
        }

        if (!metrics && latest.Seen && afterSet)
        {
            return new SwitchVerdict("off", "contradicted",
                Say.T("{{set}}, but the log tail contradicts it: an access-log line at {{time}} is newer. Access logs were switched on again elsewhere (kmeshctl or another user).", "set", set, "time", at));
        }
        if (grew && Compare(previous!.At, remembered.SetAt) >= 0)
        {
            return new SwitchVerdict("off", "contradicted",
                Say.T("{{set}}, but the metrics contradict it: {{growth}}, which happens only while it is on. It was switched on again elsewhere (kmeshctl or another user).", "set", set, "growth", grewText));
        }
        if (afterSet && !latest.Seen)
        {
            return new SwitchVerdict("off", "confirmed", metrics
                ? Say.T("{{set}}; consistent with the metrics read at {{time}}: no {{trace}}.", "set", set, "time", at, "trace", trace)
                : Say.T("{{set}}; consistent with the log tail read at {{time}}: no access-log lines.", "set", set, "time", at));
        }
        return new SwitchVerdict(memory.Value, "remembered", metrics && latest.Seen
            ? Say.T("{{detail}} Its series are still on the metrics page: Kmesh keeps their last values after switching off.", "detail", memory.Detail)
            : memory.Detail);
    }

    private static string Trace(SwitchReading reading) => reading.Source == "logs" ? Say.T("access-log lines") : Say.T("{{prefix}}* series", "prefix", MetricsPrefix(reading.Switch));

    /// <summary>Compares two ISO times to the second (the daemon's log has nanoseconds, the browser milliseconds).</summary>
    private static int Compare(string a, string b) => string.CompareOrdinal(Second(a), Second(b));

    private static string Second(string iso) => iso.Length >= 19 ? iso.Substring(0, 19) : iso;

    /// <summary>"2025-12-03T10:02:46.518Z" → "2025-12-03 10:02:46 UTC".</summary>
    public static string Time(string iso) => iso.Length >= 19 ? iso.Substring(0, 10) + " " + iso.Substring(11, 8) + " UTC" : iso;
}
