using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Shapes;

namespace Kmesh.Model.Rules;

/// <summary>Everything the Overview reads. <see cref="Versions"/> holds <c>/version</c> answers when fetched;
/// otherwise the daemons' image tags are used.</summary>
public sealed record OverviewInput(
    IReadOnlyList<V1Pod> DaemonPods,
    IReadOnlyList<V1Namespace> Namespaces,
    IReadOnlyList<V1Pod> Pods,
    IReadOnlyList<Gateway> Gateways,
    IReadOnlyList<KmeshNodeInfo> NodeInfos,
    IReadOnlyList<DaemonVersionObservation>? Versions);

/// <summary>A pod whose intended and actual Kmesh management disagree.</summary>
public sealed record EnrollmentMismatch(string Namespace, string Pod, bool Intended, bool Actual, string Reason);

public sealed record OverviewSummary(
    int DaemonsReady,
    int DaemonsTotal,
    IReadOnlyList<string> Modes,
    VersionSkew Versions,
    IReadOnlyList<string> EnrolledNamespaces,
    int PodsIntended,
    int PodsActual,
    IReadOnlyList<EnrollmentMismatch> Mismatches,
    int WaypointsProgrammed,
    int WaypointsTotal,
    IpsecSummary Ipsec,
    Health Health,
    IReadOnlyList<string> Problems);

public static class OverviewRules
{
    public static OverviewSummary Summarize(OverviewInput input)
    {
        var problems = new List<string>();
        HealthLevel level = HealthLevel.Green;

        int ready = 0;
        var modes = new List<string>();
        var daemonNodes = new List<string>();
        var imageVersions = new List<DaemonVersionObservation>();
        foreach (V1Pod pod in input.DaemonPods)
        {
            if (pod is null) continue;
            string name = pod.Metadata?.Name ?? "";
            string node = pod.Spec?.NodeName ?? "";
            if (DaemonHealthRules.IsReady(pod)) ready++;
            Health health = DaemonHealthRules.ForPod(pod);
            if (health.Level != HealthLevel.Green)
            {
                problems.Add($"daemon {name}: {health.Reason}");
                level = Health.Worst(level, health.Level);
            }
            string mode = DataplaneModeRules.FromPod(pod).Mode;
            if (!modes.Contains(mode)) modes.Add(mode);
            if (node.Length > 0) daemonNodes.Add(node);
            imageVersions.Add(new DaemonVersionObservation(name, node, VersionSkewRules.ImageVersion(pod)));
        }
        if (input.DaemonPods.Count == 0)
        {
            problems.Add("no Kmesh daemon pods found in kmesh-system");
            level = HealthLevel.Red;
        }
        List<string> sortedModes = Meta.Sorted(modes);
        if (sortedModes.Count > 1)
        {
            problems.Add($"daemons run different modes: {string.Join(", ", sortedModes)}");
            level = Health.Worst(level, HealthLevel.Yellow);
        }

        VersionSkew skew = VersionSkewRules.Evaluate(input.Versions ?? imageVersions);
        if (skew.Skewed)
        {
            problems.Add(skew.Health.Reason);
            level = Health.Worst(level, skew.Health.Level);
        }

        var namespacesByName = new Dictionary<string, V1Namespace>();
        var enrolledNamespaces = new List<string>();
        foreach (V1Namespace ns in input.Namespaces)
        {
            string? name = ns?.Metadata?.Name;
            if (name is null) continue;
            namespacesByName[name] = ns!;
            if (EnrollmentRules.NamespaceEnrolled(ns!)) enrolledNamespaces.Add(name);
        }
        int intended = 0;
        int actual = 0;
        var mismatches = new List<EnrollmentMismatch>();
        foreach (V1Pod pod in input.Pods)
        {
            if (pod is null || DaemonHealthRules.IsDaemonPod(pod)) continue;
            string podNamespace = pod.Metadata?.NamespaceProperty ?? "";
            namespacesByName.TryGetValue(podNamespace, out V1Namespace? ns);
            Enrollment enrollment = EnrollmentRules.Evaluate(pod, ns);
            if (enrollment.Intended) intended++;
            if (enrollment.Actual) actual++;
            if (enrollment.Mismatch)
            {
                mismatches.Add(new EnrollmentMismatch(podNamespace, pod.Metadata?.Name ?? "", enrollment.Intended, enrollment.Actual, enrollment.Reason));
            }
        }
        mismatches.Sort((a, b) =>
        {
            int byNamespace = string.CompareOrdinal(a.Namespace, b.Namespace);
            return byNamespace != 0 ? byNamespace : string.CompareOrdinal(a.Pod, b.Pod);
        });
        if (mismatches.Count > 0)
        {
            problems.Add(mismatches.Count == 1 ? "1 pod's Kmesh management differs from its labels" : $"{mismatches.Count} pods' Kmesh management differs from their labels");
            level = Health.Worst(level, HealthLevel.Yellow);
        }

        int waypoints = 0;
        int programmed = 0;
        foreach (Gateway gateway in input.Gateways)
        {
            if (gateway is null || !WaypointRules.IsWaypoint(gateway)) continue;
            waypoints++;
            Health status = WaypointRules.Status(gateway);
            if (status.Level == HealthLevel.Green) programmed++;
            else
            {
                problems.Add($"waypoint {gateway.Metadata?.NamespaceProperty}/{gateway.Metadata?.Name}: {status.Reason}");
                level = Health.Worst(level, status.Level);
            }
        }

        IpsecSummary ipsec = IpsecRules.Evaluate(input.NodeInfos, daemonNodes);
        if (ipsec.Health.Level != HealthLevel.Green)
        {
            problems.Add($"IPsec: {ipsec.Health.Reason}");
            level = Health.Worst(level, ipsec.Health.Level);
        }

        Health overall = level switch
        {
            HealthLevel.Green => Health.Green("Kmesh is healthy"),
            HealthLevel.Yellow => Health.Yellow(problems.Count == 1 ? problems[0] : $"{problems.Count} warnings"),
            _ => Health.Red(problems.Count == 1 ? problems[0] : $"{problems.Count} problems"),
        };
        return new OverviewSummary(ready, input.DaemonPods.Count, sortedModes, skew, Meta.Sorted(enrolledNamespaces), intended, actual,
            mismatches, programmed, waypoints, ipsec, overall, problems);
    }
}
