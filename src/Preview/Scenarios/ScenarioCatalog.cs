using System;
using System.Collections.Generic;
using System.Linq;
using Kmesh.Preview.Access;

namespace Kmesh.Preview.Scenarios;

/// <summary>Every scenario the preview can simulate, by name.</summary>
public static class ScenarioCatalog
{
    public const int DefaultSeed = 20251203;

    private sealed record Entry(string Name, string Title, string Description, Func<AccessPolicy> Access, Func<int, DateTime, ClusterModel> Build);

    private static readonly Entry[] Entries =
    {
        new("healthy", "Healthy dual-engine cluster",
            "3 nodes, Kmesh v1.2.0 in dual-engine mode with IPsec, Bookinfo enrolled in default, one programmed service waypoint.",
            AccessPolicy.ClusterAdmin,
            (seed, now) => BookinfoCluster.Build(new BookinfoClusterOptions(KmeshMode.DualEngine, true, true, true, false, true), seed, now)),
        new("kernel-native", "Kernel-native mode",
            "3 nodes, Kmesh v1.2.0 started with --mode=kernel-native: no waypoints, no metrics, kernel-native dumps.",
            AccessPolicy.ClusterAdmin,
            (seed, now) => BookinfoCluster.Build(new BookinfoClusterOptions(KmeshMode.KernelNative, true, false, false, false, true), seed, now)),
        new("degraded", "Degraded dual-engine cluster",
            "kmesh-worker2's daemon is in CrashLoopBackOff, the waypoint is not programmed, kmesh-worker is on a different IPsec SPI, "
            + "ratings-v1 is enrolled but not managed, and the daemon image has no curl.",
            AccessPolicy.ClusterAdmin,
            (seed, now) => BookinfoCluster.Build(new BookinfoClusterOptions(KmeshMode.DualEngine, true, true, true, true, false), seed, now)),
        new("not-installed", "Kmesh not installed",
            "3 nodes running Bookinfo and Istio, but no Kmesh daemons and no kmesh.net API group.",
            AccessPolicy.ClusterAdmin,
            (seed, now) => BookinfoCluster.Build(new BookinfoClusterOptions(KmeshMode.DualEngine, false, false, false, false, true), seed, now)),
        new("restricted", "Restricted RBAC",
            "The healthy cluster seen by a read-only user: no pods/exec and no access to kmeshnodeinfos.",
            AccessPolicy.Restricted,
            (seed, now) => BookinfoCluster.Build(new BookinfoClusterOptions(KmeshMode.DualEngine, true, true, true, false, true), seed, now)),
        new("restricted-pods", "Restricted RBAC without pods in kmesh-system",
            "The healthy cluster seen by a read-only user who may read pods in every namespace but kmesh-system (so neither the daemon pods nor "
            + "pods across all namespaces), and has no pods/exec; gateways, kmeshnodeinfos, namespaces and events stay readable.",
            () => AccessPolicy.Restricted().WithReadAccess("kmesh.net", "kmeshnodeinfos").Forbidding(ForbiddenList.Parse("pods@" + ClusterParts.KmeshNamespace)),
            (seed, now) => BookinfoCluster.Build(new BookinfoClusterOptions(KmeshMode.DualEngine, true, true, true, false, true), seed, now)),
        new("hostile", "Hostile data",
            "The healthy cluster plus hostile data: markup, script, template, RTL, zero-width and very long strings in annotations, event messages "
            + "and the daemons' admin answers, names as long as Kubernetes allows, and per node one broken admin server "
            + "(hostile strings, truncated JSON, an HTML 500 page, Invalid Client Mode, wrong-typed fields).",
            AccessPolicy.ClusterAdmin,
            (seed, now) => HostileCluster.Build(seed, now)),
        new("large", "Large cluster",
            $"{LargeCluster.NodeCount:N0} nodes, 20,000 pods, {LargeCluster.ServiceCount:N0} services and 50,000 BPF map entries.",
            AccessPolicy.ClusterAdmin,
            (seed, now) => LargeCluster.Build(seed, now)),
    };

    public static IReadOnlyList<string> Names { get; } = Entries.Select(e => e.Name).ToArray();

    public static string Describe(string name) => Entries.Single(e => e.Name == name).Description;

    public static bool Exists(string name) => Entries.Any(e => e.Name == name);

    public static Scenario Create(string name, int seed = DefaultSeed, DateTime? now = null)
    {
        var entry = Entries.FirstOrDefault(e => e.Name == name)
            ?? throw new ArgumentException($"unknown scenario '{name}'; known: {string.Join(", ", Names)}", nameof(name));
        var clock = TruncateToSeconds(now ?? DateTime.UtcNow);
        return new Scenario(entry.Name, entry.Title, entry.Description, entry.Access(), () => entry.Build(seed, clock));
    }

    private static DateTime TruncateToSeconds(DateTime time) =>
        new(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
