using System;
using System.Collections.Generic;
using System.Linq;

namespace Kmesh.Preview.Scenarios;

/// <summary>Small helpers shared by the scenario generators.</summary>
internal static class ClusterParts
{
    public const string KmeshNamespace = "kmesh-system";
    public const string DaemonImageRepository = "ghcr.io/kmesh-net/kmesh";
    public const string CurrentKmeshTag = "v1.2.0";

    public static IReadOnlyDictionary<string, string> Labels(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> Empty { get; } = new Dictionary<string, string>();

    public static IReadOnlyDictionary<string, string> With(this IReadOnlyDictionary<string, string> labels, string key, string value)
    {
        var copy = new Dictionary<string, string>(labels, StringComparer.Ordinal) { [key] = value };
        return copy;
    }

    public static IReadOnlyDictionary<string, string> Without(this IReadOnlyDictionary<string, string> labels, string key)
    {
        var copy = new Dictionary<string, string>(labels, StringComparer.Ordinal);
        copy.Remove(key);
        return copy;
    }

    public static NamespaceInfo Namespace(SeededNames names, string name, DateTime created, params (string Key, string Value)[] extraLabels)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["kubernetes.io/metadata.name"] = name };
        foreach (var (key, value) in extraLabels)
        {
            labels[key] = value;
        }
        return new NamespaceInfo(name, labels, names.Uid(), created);
    }

    /// <summary>The n-th pod address inside a node's /24 pod CIDR (.1 is the bridge).</summary>
    public static string PodIp(string podCidr, int index)
    {
        var prefix = podCidr[..podCidr.LastIndexOf('.')];
        return $"{prefix}.{index}";
    }

    public static string Ipv4(int value) => $"{(value >> 24) & 255}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}";
}
