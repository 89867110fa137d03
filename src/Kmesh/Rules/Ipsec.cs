using System;
using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Shapes;
using Kmesh.Model.Text;

namespace Kmesh.Model.Rules;

/// <summary>Disabled: no KmeshNodeInfo. Agreed: one SPI. Rotating: SPIs differ, the change is recent and every daemon
/// is ready. Stale: SPIs differ otherwise; the nodes behind the newest SPI hold a stale key.</summary>
public enum IpsecState { Disabled, Agreed, Rotating, Stale }

/// <summary>Nodes grouped by the SPI they report.</summary>
public sealed record SpiGroup(int Spi, IReadOnlyList<string> Nodes);

/// <summary>A node running a daemon, and whether that daemon is ready.</summary>
public sealed record DaemonReadiness(string Node, bool Ready);

/// <summary>IPsec as KmeshNodeInfo reports it. <see cref="StaleNodes"/> are the nodes not on the newest (highest)
/// SPI when the disagreement is not a rotation in progress; <see cref="NodesWithoutSpi"/> published a KmeshNodeInfo
/// without a readable SPI.</summary>
public sealed record IpsecSummary(IpsecState State, IReadOnlyList<SpiGroup> Spis, IReadOnlyList<string> NodesWithoutInfo,
    IReadOnlyList<string> StaleNodes, IReadOnlyList<string> NodesWithoutSpi, Health Health);

/// <summary>The nodes <see cref="IpsecRules.Nodes"/> names, unsorted.</summary>
public sealed record IpsecNodes(IpsecState State, IReadOnlyList<string> NodesWithoutInfo, IReadOnlyList<string> StaleNodes, IReadOnlyList<string> NodesWithoutSpi);

public static class IpsecRules
{
    /// <summary>Nodes pick up a rotated key within seconds; a disagreement older than this is not a rotation.</summary>
    public static readonly TimeSpan RotationWindow = TimeSpan.FromMinutes(10);

    public static string Off => Say.T("IPsec off");
    public static string NoInfo => Say.T("no KmeshNodeInfo for this node");
    public static string NoSpi => Say.T("no SPI in its KmeshNodeInfo");
    public static string CrdMissing => Say.T("IPsec off (the KmeshNodeInfo resource type is not installed)");

    /// <param name="nodeInfos">All KmeshNodeInfos (they exist only with --enable-ipsec).</param>
    /// <param name="daemons">Nodes that run a daemon and whether it is ready; null when the daemons could not be read
    /// (then a disagreement is never called a rotation, and nodes without info are not looked for).</param>
    /// <param name="now">For judging whether a disagreement is recent.</param>
    public static IpsecSummary Evaluate(IEnumerable<KmeshNodeInfo> nodeInfos, IReadOnlyList<DaemonReadiness>? daemons, DateTime now)
    {
        Tally tally = Count(nodeInfos, daemons);
        (IpsecNodes decided, DateTime? lastChange) = Decide(tally, nodeInfos, now);
        var none = new List<string>();
        if (decided.State == IpsecState.Disabled)
        {
            return new IpsecSummary(IpsecState.Disabled, new List<SpiGroup>(), none, none, none, Health.Green(Say.T("IPsec is off (no KmeshNodeInfo objects)")));
        }
        var spis = new List<int>(tally.Spis);
        spis.Sort();
        var groups = new List<SpiGroup>();
        foreach (int spi in spis) groups.Add(new SpiGroup(spi, Meta.Sorted(tally.BySpi[spi])));
        List<string> missingSorted = Meta.Sorted(tally.Missing);
        List<string> withoutSpiSorted = Meta.Sorted(tally.WithoutSpi);
        string unreported = Unreported(missingSorted, withoutSpiSorted);
        if (decided.State != IpsecState.Agreed)
        {
            SpiGroup newest = groups[groups.Count - 1];
            var behind = new List<string>();
            for (int i = 0; i < groups.Count - 1; i++) behind.AddRange(groups[i].Nodes);
            List<string> behindSorted = Meta.Sorted(behind);
            string others = newest.Nodes.Count == 1 ? Say.T("1 node") : Say.T("{{count}} nodes", "count", newest.Nodes.Count);
            string where = Say.T("{{nodes}} (SPI {{spis}}; {{others}} on SPI {{spi}})", "nodes", Names(behindSorted), "spis", Spis(groups, groups.Count - 1), "others", others, "spi", newest.Spi);
            if (decided.State == IpsecState.Rotating)
            {
                return new IpsecSummary(IpsecState.Rotating, groups, missingSorted, none, withoutSpiSorted,
                    Health.Yellow(Say.T("key rotation in progress: {{where}}{{unreported}}", "where", where, "unreported", unreported)));
            }
            string why = daemons is null ? Say.T("the daemons' readiness is unknown") : !tally.AllReady ? Say.T("not every daemon is ready") : lastChange is null ? Say.T("no change time is recorded") : Say.T("the SPIs have differed for longer than a rotation takes");
            why = Say.T("not a rotation in progress: {{why}}", "why", why);
            return new IpsecSummary(IpsecState.Stale, groups, missingSorted, behindSorted, withoutSpiSorted,
                new Health(daemons is null ? HealthLevel.Yellow : HealthLevel.Red, Say.T("stale key on {{where}}, {{why}}{{unreported}}", "where", where, "why", why, "unreported", unreported)));
        }
        if (groups.Count == 0)
        {
            return new IpsecSummary(IpsecState.Agreed, groups, missingSorted, none, withoutSpiSorted,
                Health.Yellow(Say.T("KmeshNodeInfo objects exist but none has a readable SPI{{unreported}}", "unreported", unreported)));
        }
        if (unreported.Length > 0)
        {
            return new IpsecSummary(IpsecState.Agreed, groups, missingSorted, none, withoutSpiSorted,
                Health.Yellow(Say.T("SPI {{spi}} agreed{{unreported}}", "spi", groups[0].Spi, "unreported", unreported)));
        }
        return new IpsecSummary(IpsecState.Agreed, groups, missingSorted, none, withoutSpiSorted, Health.Green(Say.T("all nodes agree on SPI {{spi}}", "spi", groups[0].Spi)));
    }

    /// <summary>The nodes <see cref="Evaluate"/> lists (no KmeshNodeInfo, stale key, no SPI) and its state, in the
    /// order the KmeshNodeInfos and daemons came, without sorting or wording them: a list of every node only marks
    /// its rows, and sorting and wording thousands of names is most of what <see cref="Evaluate"/> costs.</summary>
    public static IpsecNodes Nodes(IEnumerable<KmeshNodeInfo> nodeInfos, IReadOnlyList<DaemonReadiness>? daemons, DateTime now) =>
        Decide(Count(nodeInfos, daemons), nodeInfos, now).Nodes;

    /// <summary>The state, and the stale nodes (those not on the highest SPI) unless the disagreement is a rotation in
    /// progress: every daemon ready and the last change within <see cref="RotationWindow"/>. The change times are
    /// read only when the SPIs differ and every daemon is ready, the only case they decide.</summary>
    private static (IpsecNodes Nodes, DateTime? LastChange) Decide(Tally tally, IEnumerable<KmeshNodeInfo> nodeInfos, DateTime now)
    {
        var none = new List<string>();
        if (!tally.Any) return (new IpsecNodes(IpsecState.Disabled, none, none, none), null);
        if (tally.Spis.Count <= 1) return (new IpsecNodes(IpsecState.Agreed, tally.Missing, none, tally.WithoutSpi), null);
        DateTime? lastChange = tally.AllReady ? LastChangeOf(nodeInfos) : null;
        if (tally.AllReady && lastChange is not null && now - lastChange.Value < RotationWindow)
        {
            return (new IpsecNodes(IpsecState.Rotating, tally.Missing, none, tally.WithoutSpi), lastChange);
        }
        int newest = tally.Spis[0];
        foreach (int spi in tally.Spis) newest = Math.Max(newest, spi);
        var behind = new List<string>();
        foreach (int spi in tally.Spis)
        {
            if (spi != newest) behind.AddRange(tally.BySpi[spi]);
        }
        return (new IpsecNodes(IpsecState.Stale, tally.Missing, behind, tally.WithoutSpi), lastChange);
    }

    /// <summary>The KmeshNodeInfos grouped by SPI (SPIs in first-seen order), and the daemons' nodes without one.</summary>
    private sealed class Tally
    {
        public readonly Dictionary<int, List<string>> BySpi = new Dictionary<int, List<string>>();
        public readonly List<int> Spis = new List<int>();
        public readonly List<string> WithoutSpi = new List<string>();
        public readonly List<string> Missing = new List<string>();
        public bool Any;
        public bool AllReady;
    }

    private static Tally Count(IEnumerable<KmeshNodeInfo> nodeInfos, IReadOnlyList<DaemonReadiness>? daemons)
    {
        var tally = new Tally();
        var reporting = new HashSet<string>();
        foreach (KmeshNodeInfo info in nodeInfos)
        {
            if (info is null) continue;
            tally.Any = true;
            string node = info.Metadata?.Name ?? "";
            reporting.Add(node);
            int? spi = info.Spec?.Spi;
            if (spi is null || !JsonTypes.IsNumber(spi))
            {
                tally.WithoutSpi.Add(node);
                continue;
            }
            if (!tally.BySpi.TryGetValue(spi.Value, out List<string>? nodes))
            {
                nodes = new List<string>();
                tally.BySpi[spi.Value] = nodes;
                tally.Spis.Add(spi.Value);
            }
            nodes.Add(node);
        }
        if (!tally.Any) return tally;
        var missingSet = new HashSet<string>();
        tally.AllReady = daemons is not null;
        foreach (DaemonReadiness daemon in daemons ?? new List<DaemonReadiness>())
        {
            if (!daemon.Ready) tally.AllReady = false;
            string node = daemon.Node;
            if (node.Length > 0 && !reporting.Contains(node) && missingSet.Add(node)) tally.Missing.Add(node);
        }
        return tally;
    }

    /// <summary>The SPI cell of one node, worded the same in every view.</summary>
    public static Known<string> NodeSpi(Known<IReadOnlyList<KmeshNodeInfo>> infos, string node)
    {
        KmeshNodeInfo? mine = null;
        if (infos.IsKnown)
        {
            foreach (KmeshNodeInfo info in infos.Value!)
            {
                if (info?.Metadata?.Name == node) mine = info;
            }
        }
        return SpiOf(infos, mine);
    }

    /// <summary><see cref="NodeSpi"/> given the node's KmeshNodeInfo already found (the last of that name), so a list of
    /// every node looks each one up once instead of scanning all of them per node.</summary>
    public static Known<string> SpiOf(Known<IReadOnlyList<KmeshNodeInfo>> infos, KmeshNodeInfo? mine)
    {
        if (infos.IsNotInstalled) return Known<string>.Of(CrdMissing);
        if (!infos.IsKnown) return infos.As<string>();
        if (mine is null) return Known<string>.Of(infos.Value!.Count == 0 ? Off : NoInfo);
        int? spi = mine.Spec?.Spi;
        if (spi is null || !JsonTypes.IsNumber(spi)) return Known<string>.Of(NoSpi);
        return Known<string>.Of(spi.Value.ToString());
    }

    /// <summary>The latest change of any KmeshNodeInfo. Read only once the SPIs disagree: every time is a date to
    /// parse, and the nodes of a large cluster mostly agree.</summary>
    private static DateTime? LastChangeOf(IEnumerable<KmeshNodeInfo> nodeInfos)
    {
        DateTime? lastChange = null;
        foreach (KmeshNodeInfo info in nodeInfos)
        {
            if (info is null) continue;
            DateTime? changed = LastChange(info.Metadata);
            if (changed is not null && (lastChange is null || changed.Value > lastChange.Value)) lastChange = changed;
        }
        return lastChange;
    }

    /// <summary>The latest write the API server recorded: managedFields times, else the creation time.</summary>
    public static DateTime? LastChange(V1ObjectMeta? meta)
    {
        DateTime? latest = meta?.CreationTimestamp;
        IList<V1ManagedFieldsEntry>? fields = meta?.ManagedFields;
        if (fields is null || !JsonTypes.IsList(fields)) return latest;
        foreach (V1ManagedFieldsEntry entry in fields)
        {
            DateTime? time = entry?.Time;
            if (time is not null && (latest is null || time.Value > latest.Value)) latest = time;
        }
        return latest;
    }

    private static string Spis(List<SpiGroup> groups, int count)
    {
        var parts = new List<string>();
        for (int i = 0; i < count; i++) parts.Add(groups[i].Spi.ToString());
        return string.Join("/", parts);
    }

    /// <summary>Up to 5 names, then "and N more".</summary>
    public static string Names(IReadOnlyList<string> nodes)
    {
        if (nodes.Count <= 5) return string.Join(", ", nodes);
        var first = new List<string>();
        for (int i = 0; i < 5; i++) first.Add(nodes[i]);
        return Say.T("{{nodes}} and {{count}} more", "nodes", string.Join(", ", first), "count", nodes.Count - 5);
    }

    private static string Unreported(List<string> missing, List<string> withoutSpi)
    {
        string text = "";
        if (missing.Count > 0) text += Say.T("; no KmeshNodeInfo from {{nodes}}", "nodes", Names(missing));
        if (withoutSpi.Count > 0) text += Say.T("; no SPI from {{nodes}}", "nodes", Names(withoutSpi));
        return text;
    }
}
