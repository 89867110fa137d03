using System.Collections.Generic;
using System.Linq;
using Kmesh.Model.Sources.KernelNative;
using Kmesh.Model.Text;

namespace Kmesh.Model.KernelNative;

/// <summary>Where one named entry was found: both sides alike, both but different, only in the xDS config (not
/// programmed), or only in BPF (left behind); <see cref="NotReadBack"/> for a kind the BPF read-back lacks entirely.</summary>
public enum EntryPresence { Same, Differs, ConfigOnly, BpfOnly, NotReadBack }

/// <summary>One listener, cluster or route configuration by name, with each side's decoded summary ("" when absent)
/// and the fields that differ.</summary>
public sealed record ComparedEntry(string Name, EntryPresence Presence, string ConfigSummary, string BpfSummary, IReadOnlyList<string> Differences)
{
    public bool Flagged => Presence == EntryPresence.Differs || Presence == EntryPresence.ConfigOnly || Presence == EntryPresence.BpfOnly;
}

public sealed record ComparedKind(string Kind, IReadOnlyList<ComparedEntry> Entries, bool ReadBack)
{
    public int Flagged => Entries.Count(e => e.Flagged);
}

/// <summary>The kernel-native xDS config next to what the daemon read back from its BPF maps.</summary>
public sealed record ConfigComparison(ComparedKind Listeners, ComparedKind Clusters, ComparedKind Routes)
{
    public int Flagged => Listeners.Flagged + Clusters.Flagged + Routes.Flagged;
}

public static class ConfigComparer
{
    public const string ListenerKind = "listeners";
    public const string ClusterKind = "clusters";
    public const string RouteKind = "routes";

    public static ConfigComparison Compare(KernelNativeDump config, KernelNativeDump bpf)
    {
        var listeners = Kind(ListenerKind, config.Listeners, bpf.Listeners, l => l.Name, ListenerFields, true);
        var clusters = Kind(ClusterKind, config.Clusters, bpf.Clusters, c => c.Name, ClusterFields, true);
        // Kmesh does not read route configurations back from BPF today: an empty read-back is that, not 100 missing routes.
        bool routesReadBack = bpf.RouteConfigs.Count > 0;
        var routes = Kind(RouteKind, config.RouteConfigs, bpf.RouteConfigs, r => r.Name, RouteFields, routesReadBack);
        return new ConfigComparison(listeners, clusters, routes);
    }

    /// <summary>The decoded fields of a listener that matter for the data path, as (label, value) pairs.</summary>
    public static List<(string Field, string Value)> ListenerFields(Listener l) => new List<(string Field, string Value)>
    {
        (Say.T("address"), l.Address.ToString()),
        (Say.T("protocol"), l.Address.Protocol),
        (Say.T("targets"), string.Join(", ", l.FilterChains.SelectMany(c => c.Filters).Select(f => f.Target).Where(t => t.Length > 0).Distinct())),
    };

    public static List<(string Field, string Value)> ClusterFields(Cluster c) => new List<(string Field, string Value)>
    {
        (Say.T("load balancing"), c.LbPolicy),
        (Say.T("connect timeout"), c.ConnectTimeout.ToString() + "s"),
        (Say.T("endpoints"), string.Join(", ", c.Endpoints.SelectMany(e => e.Addresses).Select(a => a.ToString()).OrderBy(a => a, System.StringComparer.Ordinal))),
    };

    public static List<(string Field, string Value)> RouteFields(RouteConfig r) => new List<(string Field, string Value)>
    {
        (Say.T("virtual hosts"), string.Join(", ", r.VirtualHosts.Select(v => v.Name))),
        (Say.T("routes"), string.Join(", ", r.VirtualHosts.SelectMany(v => v.Routes).Select(x => x.MatchPrefix + " → " + RouteTarget(x)))),
    };

    private static string RouteTarget(Route route) => route.WeightedClusters.Count == 0
        ? route.Cluster
        : string.Join(" + ", route.WeightedClusters.Select(w => w.Name + " (" + w.Weight + ")"));

    private static string Summary(List<(string Field, string Value)> fields)
        => string.Join("; ", fields.Where(f => f.Value.Length > 0).Select(f => f.Field + " " + f.Value));

    private static ComparedKind Kind<T>(string kind, IReadOnlyList<T> config, IReadOnlyList<T> bpf, System.Func<T, string> name,
        System.Func<T, List<(string Field, string Value)>> fields, bool readBack)
    {
        var bpfByName = new Dictionary<string, T>();
        foreach (T item in bpf)
        {
            string key = name(item);
            if (!bpfByName.ContainsKey(key)) bpfByName[key] = item;
        }
        var configNames = new HashSet<string>();
        var entries = new List<ComparedEntry>();
        foreach (T item in config)
        {
            string key = name(item);
            if (!configNames.Add(key)) continue;
            List<(string Field, string Value)> configFields = fields(item);
            if (!bpfByName.TryGetValue(key, out T? programmed))
            {
                entries.Add(new ComparedEntry(key, readBack ? EntryPresence.ConfigOnly : EntryPresence.NotReadBack, Summary(configFields), "", new List<string>()));
                continue;
            }
            List<(string Field, string Value)> bpfFields = fields(programmed!);
            var differences = new List<string>();
            for (int i = 0; i < configFields.Count; i++)
            {
                if (configFields[i].Value != bpfFields[i].Value) differences.Add(configFields[i].Field);
            }
            entries.Add(new ComparedEntry(key, differences.Count == 0 ? EntryPresence.Same : EntryPresence.Differs,
                Summary(configFields), Summary(bpfFields), differences));
        }
        var bpfNames = new HashSet<string>();
        foreach (T item in bpf)
        {
            string key = name(item);
            if (configNames.Contains(key) || !bpfNames.Add(key)) continue;
            entries.Add(new ComparedEntry(key, EntryPresence.BpfOnly, "", Summary(fields(item)), new List<string>()));
        }
        return new ComparedKind(kind, entries, readBack);
    }
}
