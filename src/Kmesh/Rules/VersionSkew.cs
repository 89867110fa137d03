using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Settings;
using Kmesh.Model.Text;

namespace Kmesh.Model.Rules;

/// <summary>One daemon's version: from <c>/version</c>'s gitVersion when fetched, else the image tag.</summary>
public sealed record DaemonVersionObservation(string Pod, string Node, string Version);

public sealed record VersionGroup(string Version, IReadOnlyList<string> Pods);

public sealed record VersionSkew(IReadOnlyList<VersionGroup> Versions, bool Skewed, Health Health);

public static class VersionSkewRules
{
    /// <summary>The tag (or short digest) of the kmesh container's image, or "" when unknown.</summary>
    public static string ImageVersion(V1Pod pod, KmeshSettings? settings = null)
    {
        string daemonContainer = (settings ?? KmeshSettings.Defaults).Container;
        IList<V1Container>? containers = pod.Spec?.Containers;
        if (containers is null || !JsonTypes.IsList(containers)) return "";
        V1Container? chosen = null;
        foreach (V1Container container in containers)
        {
            if (container is null) continue;
            if (container.Name == daemonContainer) chosen = container;
            else if (chosen is null) chosen = container;
        }
        string image = chosen?.Image ?? "";
        int at = image.IndexOf('@');
        if (at >= 0)
        {
            string digest = image.Substring(at + 1);
            return digest.Length > 19 ? digest.Substring(0, 19) : digest;
        }
        int slash = image.LastIndexOf('/');
        int colon = image.LastIndexOf(':');
        return colon > slash ? image.Substring(colon + 1) : (image.Length > 0 ? "latest" : "");
    }

    /// <summary>The version most daemons run (the first in order on a tie).</summary>
    public static string MostCommon(VersionSkew skew)
    {
        VersionGroup? best = null;
        foreach (VersionGroup group in skew.Versions)
        {
            if (best is null || group.Pods.Count > best.Pods.Count) best = group;
        }
        return best?.Version ?? "";
    }

    public static VersionSkew Evaluate(IEnumerable<DaemonVersionObservation> observations)
    {
        var byVersion = new Dictionary<string, List<string>>();
        var versions = new List<string>();
        foreach (DaemonVersionObservation observation in observations)
        {
            string version = observation.Version.Length == 0 ? "unknown" : observation.Version;
            if (!byVersion.TryGetValue(version, out List<string>? pods))
            {
                pods = new List<string>();
                byVersion[version] = pods;
                versions.Add(version);
            }
            pods.Add(observation.Pod);
        }
        var groups = new List<VersionGroup>();
        foreach (string version in Meta.Sorted(versions)) groups.Add(new VersionGroup(version, Meta.Sorted(byVersion[version])));
        if (groups.Count == 0) return new VersionSkew(groups, false, Health.Yellow(Say.T("no daemon versions known")));
        if (groups.Count == 1) return new VersionSkew(groups, false, Health.Green(Say.T("all daemons run {{version}}", "version", groups[0].Version)));
        var parts = new List<string>();
        foreach (VersionGroup group in groups) parts.Add($"{group.Version} ({group.Pods.Count})");
        return new VersionSkew(groups, true, Health.Yellow(Say.T("daemons run different versions: {{versions}}", "versions", string.Join(", ", parts))));
    }
}
