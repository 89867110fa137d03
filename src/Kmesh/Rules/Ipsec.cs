using System.Collections.Generic;
using Kmesh.Model.Shapes;

namespace Kmesh.Model.Rules;

public enum IpsecState { Disabled, Agreed, Rotating }

/// <summary>Nodes grouped by the SPI they report.</summary>
public sealed record SpiGroup(int Spi, IReadOnlyList<string> Nodes);

/// <summary>IPsec as KmeshNodeInfo reports it. Differing SPIs mean a key rotation is in progress: a warning, not an error.</summary>
public sealed record IpsecSummary(IpsecState State, IReadOnlyList<SpiGroup> Spis, IReadOnlyList<string> NodesWithoutInfo, Health Health);

public static class IpsecRules
{
    /// <param name="nodeInfos">All KmeshNodeInfos (they exist only with --enable-ipsec).</param>
    /// <param name="daemonNodes">Nodes that run a daemon, to spot ones that have not published their info.</param>
    public static IpsecSummary Evaluate(IEnumerable<KmeshNodeInfo> nodeInfos, IEnumerable<string> daemonNodes)
    {
        var bySpi = new Dictionary<int, List<string>>();
        var spis = new List<int>();
        var reporting = new HashSet<string>();
        foreach (KmeshNodeInfo info in nodeInfos)
        {
            if (info is null) continue;
            string node = info.Metadata?.Name ?? "";
            int spi = info.Spec?.Spi ?? 0;
            reporting.Add(node);
            if (!bySpi.TryGetValue(spi, out List<string>? nodes))
            {
                nodes = new List<string>();
                bySpi[spi] = nodes;
                spis.Add(spi);
            }
            nodes.Add(node);
        }
        if (spis.Count == 0)
        {
            return new IpsecSummary(IpsecState.Disabled, new List<SpiGroup>(), new List<string>(),
                Health.Green("IPsec is off (no KmeshNodeInfo objects)"));
        }
        spis.Sort();
        var groups = new List<SpiGroup>();
        foreach (int spi in spis) groups.Add(new SpiGroup(spi, Meta.Sorted(bySpi[spi])));
        var missing = new List<string>();
        foreach (string node in daemonNodes)
        {
            if (node is not null && node.Length > 0 && !reporting.Contains(node) && !missing.Contains(node)) missing.Add(node);
        }
        List<string> missingSorted = Meta.Sorted(missing);
        if (groups.Count > 1)
        {
            var parts = new List<string>();
            foreach (SpiGroup group in groups) parts.Add($"SPI {group.Spi} on {string.Join(", ", group.Nodes)}");
            return new IpsecSummary(IpsecState.Rotating, groups, missingSorted,
                Health.Yellow($"key rotation in progress: {string.Join("; ", parts)}"));
        }
        if (missingSorted.Count > 0)
        {
            return new IpsecSummary(IpsecState.Agreed, groups, missingSorted,
                Health.Yellow($"SPI {groups[0].Spi} agreed, but no KmeshNodeInfo from {string.Join(", ", missingSorted)}"));
        }
        return new IpsecSummary(IpsecState.Agreed, groups, missingSorted, Health.Green($"all nodes agree on SPI {groups[0].Spi}"));
    }
}
