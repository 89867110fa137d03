using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;

namespace Kmesh.Plugin.Views.Nodes;

/// <summary>One node running Kmesh: its daemon pod merged with its KmeshNodeInfo (present only with IPsec).</summary>
public sealed record NodeRow(string Node, V1Pod Pod, Health Health, string Version, string Mode, KmeshNodeInfo? Info)
{
    public string PodName => Pod.Metadata?.Name ?? "";
    public string Spi(string off) => Info?.Spec?.Spi is int spi ? spi.ToString() : off;
    public string Addresses => Info?.Spec?.Addresses is IList<string> a ? string.Join(", ", a) : "";
    public string PodCidrs => Info?.Spec?.PodCidrs is IList<string> c ? string.Join(", ", c) : "";
}

public static class NodeRows
{
    /// <summary>Rows sorted by node name; pods not yet scheduled are listed under their pod name.</summary>
    public static List<NodeRow> Build(IEnumerable<V1Pod> daemonPods, IEnumerable<KmeshNodeInfo> nodeInfos)
    {
        var infoByNode = new Dictionary<string, KmeshNodeInfo>();
        foreach (KmeshNodeInfo info in nodeInfos)
        {
            string? name = info?.Metadata?.Name;
            if (name is not null) infoByNode[name] = info!;
        }
        var rows = new List<NodeRow>();
        foreach (V1Pod pod in daemonPods)
        {
            string node = pod.Spec?.NodeName ?? pod.Metadata?.Name ?? "";
            infoByNode.TryGetValue(node, out KmeshNodeInfo? info);
            rows.Add(new NodeRow(node, pod, DaemonHealthRules.ForPod(pod), VersionSkewRules.ImageVersion(pod),
                DataplaneModeRules.FromPod(pod).Mode, info));
        }
        rows.Sort((a, b) => string.CompareOrdinal(a.Node, b.Node));
        return rows;
    }
}
