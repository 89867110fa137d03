using System.Collections.Generic;
using Kmesh.Model.Text;

namespace Kmesh.Model.Operations;

/// <summary>A switch value set from this plugin: the daemon cannot report it, so it is remembered per cluster and
/// node with the time it was set (an ISO timestamp passed in by the caller).</summary>
public sealed record RememberedSwitch(string Cluster, string Node, string Switch, bool Enabled, string SetAt);

/// <summary>What to show for one switch on one node.</summary>
public sealed record SwitchState(string Value, string Detail, bool Known);

public static class SwitchMemory
{
    public const string Unknown = "unknown";

    public static RememberedSwitch? Find(IReadOnlyList<RememberedSwitch>? all, string cluster, string node, string switchId)
    {
        if (all is null) return null;
        foreach (RememberedSwitch item in all)
        {
            if (item is not null && item.Cluster == cluster && item.Node == node && item.Switch == switchId) return item;
        }
        return null;
    }

    /// <summary>A new list with <paramref name="entry"/> replacing the same cluster/node/switch.</summary>
    public static List<RememberedSwitch> Remember(IReadOnlyList<RememberedSwitch>? all, RememberedSwitch entry)
    {
        var result = new List<RememberedSwitch>();
        if (all is not null)
        {
            foreach (RememberedSwitch item in all)
            {
                if (item is null) continue;
                if (item.Cluster == entry.Cluster && item.Node == entry.Node && item.Switch == entry.Switch) continue;
                result.Add(item);
            }
        }
        result.Add(entry);
        return result;
    }

    /// <summary>"unknown" until set from here; afterwards the value, when and that it is remembered, not read back.</summary>
    public static SwitchState Describe(RememberedSwitch? remembered)
    {
        if (remembered is null)
        {
            return new SwitchState(Unknown, Say.T("The daemon has no API that reports this switch; it is unknown until it is set from this page."), false);
        }
        return new SwitchState(remembered.Enabled ? "on" : "off",
            remembered.Enabled
                ? Say.T("Set to on from this page at {{time}}: remembered, not read back from the daemon (a restart of the daemon resets it).", "time", remembered.SetAt)
                : Say.T("Set to off from this page at {{time}}: remembered, not read back from the daemon (a restart of the daemon resets it).", "time", remembered.SetAt),
            true);
    }

    /// <summary>Confirms access logs from the log tail (the only indirect read): the number of accesslog lines.</summary>
    public static string? AccessLogEvidence(IReadOnlyList<LogLine> lines)
    {
        int count = 0;
        foreach (LogLine line in lines)
        {
            if (line.Text.StartsWith("accesslog:", System.StringComparison.Ordinal)) count++;
        }
        return count == 0 ? null : count == 1 ? Say.T("Confirmed by the log tail: 1 access-log line.") : Say.T("Confirmed by the log tail: {{count}} access-log lines.", "count", count);
    }

    /// <summary>Confirms workload or connection metrics from a scrape of :15020/status/metric.</summary>
    public static string? MetricsEvidence(string switchId, string? metricsText)
    {
        if (metricsText is null) return null;
        string prefix = switchId == "workload_metrics" ? "kmesh_tcp_workload_" : switchId == "connection_metrics" ? "kmesh_tcp_connection_" : "";
        if (prefix.Length == 0) return null;
        int at = 0;
        while (at < metricsText.Length)
        {
            int end = metricsText.IndexOf('\n', at);
            if (end < 0) end = metricsText.Length;
            if (metricsText.Substring(at, end - at).StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return Say.T("Confirmed by the metrics endpoint: {{prefix}}* series are present.", "prefix", prefix);
            }
            at = end + 1;
        }
        return null;
    }
}
