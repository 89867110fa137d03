using System;
using System.Collections.Generic;

namespace Kmesh.Preview.Scenarios;

/// <summary>The data-plane mode the simulated Kmesh daemons run in (their <c>--mode</c> argument).</summary>
public enum KmeshMode
{
    DualEngine,
    KernelNative,
}

public enum DaemonHealth
{
    Running,
    CrashLoopBackOff,
}

public sealed record NodeInfo(
    string Name,
    string InternalIp,
    string PodCidr,
    bool ControlPlane,
    string Uid,
    string BootId,
    string Zone,
    DateTime Created);

/// <summary>One Kmesh daemon pod (DaemonSet kmesh, one per node). <see cref="ContainerStarted"/> is when its current
/// container started: <see cref="Started"/> without restarts, the last restart otherwise.</summary>
public sealed record DaemonInfo(
    string PodName,
    string NodeName,
    string PodIp,
    string Uid,
    string ImageTag,
    DaemonHealth Health,
    int Restarts,
    DateTime Started,
    DateTime ContainerStarted);

/// <summary>IPsec state a daemon publishes as KmeshNodeInfo (only with --enable-ipsec).</summary>
public sealed record NodeIpsecInfo(string NodeName, int Spi, int Generation, string Uid, DateTime Created, long ResourceVersion);

public sealed record ServicePortInfo(string Name, int Port, int TargetPort, string Protocol);

public sealed record ServiceInfo(
    string Namespace,
    string Name,
    string ClusterIp,
    IReadOnlyList<ServicePortInfo> Ports,
    IReadOnlyDictionary<string, string> Selector,
    IReadOnlyDictionary<string, string> Labels,
    string? LoadBalancerMode,
    string Uid,
    DateTime Created)
{
    public string Hostname => $"{Name}.{Namespace}.svc.cluster.local";
}

/// <summary>An ordinary (non-daemon) pod; Kmesh/istiod see it as a workload unless it uses the host network.</summary>
public sealed record WorkloadPod(
    string Namespace,
    string Name,
    string WorkloadName,
    string WorkloadType,
    string CanonicalName,
    string CanonicalRevision,
    string ServiceAccount,
    string NodeName,
    string PodIp,
    string Image,
    int ContainerPort,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    bool Ready,
    bool HostNetwork,
    string Uid,
    DateTime Created)
{
    public string WorkloadUid => $"Kubernetes//Pod/{Namespace}/{Name}";
}

public sealed record NamespaceInfo(string Name, IReadOnlyDictionary<string, string> Labels, string Uid, DateTime Created);

public sealed record PolicyInfo(string Namespace, string Name, string Scope, string Action, string RulesJson, IReadOnlyDictionary<string, string> WorkloadSelector);

public sealed record WaypointInfo(
    string Namespace,
    string Name,
    string Vip,
    string WaypointFor,
    bool Programmed,
    string Uid,
    DateTime Created);

public sealed record EventInfo(
    string Namespace,
    string Name,
    string InvolvedKind,
    string InvolvedApiVersion,
    string InvolvedName,
    string InvolvedNamespace,
    string InvolvedUid,
    string? FieldPath,
    string Type,
    string Reason,
    string Message,
    string Component,
    string? Host,
    int Count,
    DateTime FirstSeen,
    DateTime LastSeen);

/// <summary>
/// Everything a scenario's simulated cluster contains, in Kmesh's own terms. Kubernetes objects, the admin
/// API dumps and the metrics are all derived from this one model so they always agree with each other.
/// </summary>
public sealed class ClusterModel
{
    public required KmeshMode Mode { get; init; }
    public required bool KmeshInstalled { get; init; }
    public required bool GatewayApiInstalled { get; init; }
    public required bool IpsecEnabled { get; init; }
    /// <summary>Whether the daemon image ships curl (the plugin then gets curl -i output, else raw /dev/tcp output).</summary>
    public required bool ImageHasCurl { get; init; }
    public required DateTime Now { get; init; }
    public required IReadOnlyList<NodeInfo> Nodes { get; init; }
    public required IReadOnlyList<DaemonInfo> Daemons { get; init; }
    public required IReadOnlyList<NodeIpsecInfo> IpsecInfos { get; init; }
    public required IReadOnlyList<NamespaceInfo> Namespaces { get; init; }
    public required IReadOnlyList<WorkloadPod> Pods { get; init; }
    public required IReadOnlyList<ServiceInfo> Services { get; init; }
    public required IReadOnlyList<PolicyInfo> Policies { get; init; }
    public required IReadOnlyList<WaypointInfo> Waypoints { get; init; }
    public required IReadOnlyList<EventInfo> Events { get; init; }
    public required int Seed { get; init; }
    /// <summary>Whether the daemons start with workload metrics on (as after <c>kmeshctl monitoring --workload-metrics enable</c>).</summary>
    public bool WorkloadMetricsAtStart { get; init; }
    /// <summary>Daemons whose admin answers are spoiled, by node name (the hostile scenario's).</summary>
    public IReadOnlyDictionary<string, Admin.AdminFault> AdminFaults { get; init; } = new Dictionary<string, Admin.AdminFault>();

    /// <summary>The node whose daemon answers its dual-engine config dump cut off halfway (as when it restarts while
    /// writing the response), or null: the mesh views must call it malformed and ask the next daemon.</summary>
    public string? ConfigDumpCutOnNode { get; init; }

    public string ModeArgument => Mode == KmeshMode.DualEngine ? "dual-engine" : "kernel-native";

    /// <summary>The single string inside the container's args array, exactly like the real DaemonSet.</summary>
    public string DaemonArgs =>
        $"./start_kmesh.sh --mode={ModeArgument} --enable-bypass=false --enable-ipsec={(IpsecEnabled ? "true" : "false")}";
}
