using System;
using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Model.Settings;

namespace Kmesh.Plugin.Views.Nodes;

/// <summary>One node running Kmesh: its daemon pod merged with its KmeshNodeInfo (present only with IPsec).
/// <see cref="Filters"/> are the Nodes-list filters this node matches (its daemon's condition, a stale key…).</summary>
public sealed record NodeRow(string Node, V1Pod Pod, DaemonStatus Status, string Version, string Mode, Known<string> Spi,
    Known<string> Addresses, Known<string> PodCidrs, KmeshNodeInfo? Info, IReadOnlyList<string> Filters)
{
    public string PodName => Pod.Metadata?.Name ?? "";
    public Health Health => Status.Health;
}

public static class NodeRows
{
    /// <summary>Rows sorted by node name; pods not yet scheduled are listed under their pod name.</summary>
    public static List<NodeRow> Build(IEnumerable<V1Pod> daemonPods, Known<IReadOnlyList<KmeshNodeInfo>> nodeInfos, DateTime now, KmeshSettings? settings = null)
    {
        var infoByNode = new Dictionary<string, KmeshNodeInfo>();
        foreach (KmeshNodeInfo info in nodeInfos.Or(new List<KmeshNodeInfo>()))
        {
            string? name = info?.Metadata?.Name;
            if (name is not null && JsonTypes.IsText(name)) infoByNode[name] = info!;
        }
        var pods = new List<V1Pod>();
        var readiness = new List<DaemonReadiness>();
        var statuses = new List<DaemonStatus>();
        foreach (V1Pod pod in daemonPods)
        {
            if (pod is null) continue;
            DaemonStatus status = DaemonHealthRules.Classify(pod, now);
            pods.Add(pod);
            statuses.Add(status);
            readiness.Add(new DaemonReadiness(pod.Spec?.NodeName ?? "", status.Ready));
        }
        var stale = new HashSet<string>();
        var unreported = new HashSet<string>();
        if (nodeInfos.IsKnown)
        {
            IpsecNodes ipsec = IpsecRules.Nodes(nodeInfos.Value!, readiness, now);
            foreach (string node in ipsec.StaleNodes) stale.Add(node);
            foreach (string node in ipsec.NodesWithoutInfo) unreported.Add(node);
            foreach (string node in ipsec.NodesWithoutSpi) unreported.Add(node);
        }
        var rows = new List<NodeRow>();
        for (int i = 0; i < pods.Count; i++)
        {
            V1Pod pod = pods[i];
            DaemonStatus status = statuses[i];
            string node = DaemonHealthRules.NodeOf(pod);
            infoByNode.TryGetValue(node, out KmeshNodeInfo? info);
            bool readable = status.Condition != DaemonCondition.Unreadable;
            string version = readable ? VersionSkewRules.ImageVersion(pod, settings) : "";
            var filters = new List<string>();
            string condition = OverviewRules.FilterOf(status.Condition);
            if (condition.Length > 0) filters.Add(condition);
            if (stale.Contains(node)) filters.Add(OverviewRules.StaleKeyFilter);
            if (unreported.Contains(node)) filters.Add(OverviewRules.NoNodeInfoFilter);
            if (version.Length > 0) filters.Add(OverviewRules.VersionFilterPrefix + version);
            rows.Add(new NodeRow(node, pod, status, readable ? version : Unknowns.Word, readable ? DataplaneModeRules.FromPod(pod).Mode : Unknowns.Word,
                IpsecRules.SpiOf(nodeInfos, info), Texts(nodeInfos, info, i2 => i2.Spec?.Addresses), Texts(nodeInfos, info, i2 => i2.Spec?.PodCidrs),
                info, filters));
        }
        rows.Sort((a, b) => string.CompareOrdinal(a.Node, b.Node));
        return rows;
    }

    /// <summary>The rows a filter selects (all rows for "").</summary>
    public static List<NodeRow> Filter(List<NodeRow> rows, string filter)
    {
        if (filter.Length == 0) return rows;
        var result = new List<NodeRow>();
        foreach (NodeRow row in rows)
        {
            foreach (string f in row.Filters)
            {
                if (f == filter)
                {
                    result.Add(row);
                    break;
                }
            }
        }
        return result;
    }

    /// <summary>A list member of the node's KmeshNodeInfo joined with ", "; unreadable when it is not a list of
    /// strings (never its characters), "" when absent.</summary>
    private static Known<string> Texts(Known<IReadOnlyList<KmeshNodeInfo>> infos, KmeshNodeInfo? info, Func<KmeshNodeInfo, IList<string>?> pick)
    {
        if (!infos.IsKnown) return infos.IsNotInstalled ? Known<string>.Of("") : infos.As<string>();
        IList<string>? list = info is null ? null : pick(info);
        if (list is null) return Known<string>.Of("");
        if (!JsonTypes.IsList(list)) return Known<string>.Unreadable(NodesStrings.NotAList(JsonTypes.TypeName(list)));
        // Joined as it goes: a node has one or two addresses, and a list and a join per cell cost more than the text.
        string joined = "";
        bool first = true;
        for (int i = 0; i < list.Count; i++)
        {
            string item = list[i];
            if (item is null) continue;
            if (!JsonTypes.IsText(item)) return Known<string>.Unreadable(NodesStrings.NotText(JsonTypes.TypeName(item)));
            joined = first ? item : joined + ", " + item;
            first = false;
        }
        return Known<string>.Of(joined);
    }
}
