using Kmesh.Model.Rules;
using Kmesh.Model.Membership;

namespace Kmesh.Plugin.Views.Sections;

/// <summary>The user-visible strings of the Kmesh sections on Headlamp's details pages.</summary>
public static class SectionsStrings
{
    public const string Title = "Kmesh";
    public static string NotInstalled(string kmeshNamespace) => $"Kmesh is not installed in this cluster (there is no {kmeshNamespace} namespace).";
    public const string NotScheduled = "not scheduled to a node yet";
    public const string DaemonReady = "Ready";
    public const string DaemonNotReady = "Not ready";
    public const string NodeDaemon = "Kmesh daemon on its node";
    public const string InMesh = "In the mesh";
    public const string Intended = "Meant to be in the mesh";
    public const string Managed = "Managed by Kmesh";
    public const string ManagedYes = "yes: the daemon annotated it kmesh.net/redirection=enabled";
    public const string ManagedNo = "no: the pod has no kmesh.net/redirection=enabled annotation";
    public const string UseWaypoint = "Waypoint (istio.io/use-waypoint)";
    public const string NoWaypointLabel = "none: no istio.io/use-waypoint label";
    public const string OwnLabel = "(its own label)";
    public const string NamespaceLabel = "(its namespace's label)";
    public const string WorkloadEntry = "Workload entry in the daemon's config dump";
    public const string Traffic = "Traffic";
    public const string NoDaemonToAsk = "Not read: no Kmesh daemon runs on its node to ask.";
    public const string KernelNative = "Not read: the daemon runs kernel-native mode, which has no workload or service dump.";
    public const string DaemonNotReadyNoDump =
        "Not read: the daemon on its node is not ready, and this page asks no other daemon. The Workloads view reads the dump from any Ready daemon.";
    public const string LoadingDump = "Reading the config dump";
    public const string Protocol = "Protocol";
    public const string DumpWaypoint = "Waypoint (in the dump)";
    public const string Services = "Services";
    public const string Policies = "Authorization policies";
    public const string WorkloadStatus = "Status";
    public const string Addresses = "Addresses";
    public const string PolicyNotInDump = "not in the dump";
    public const string OpenInWorkloads = "Open in the Kmesh Workloads view";
    public const string NoTraffic = "Not sampled: its node's daemon is not ready, or runs kernel-native mode (no metrics).";
    public const string LoadingTraffic = "Reading the daemon's metrics";
    public const string Inbound = "Inbound (as a server)";
    public const string Outbound = "Outbound (its workload as a client)";
    public const string NoneSeen = "none seen by its node's daemon";
    public const string OutboundNeedsEntry = "unknown: the workload entry (its workload name) was not read";
    public const string OpenTraffic = "Open in the Kmesh Traffic view";
    public const string EnrollmentLabel = "Enrollment (istio.io/dataplane-mode)";
    public const string NoLabel = "no label";
    public const string Effect = "Effect";
    public const string PodsRow = "Pods";
    public const string ColPod = "Pod";
    public const string ColNode = "Node";
    public const string ColWhy = "Why";
    public const string Yes = "yes";
    public const string No = "no";
    public const string ClusterIps = "Cluster IPs";
    public const string ServiceEntry = "Service entry in the daemon's config dump";
    public const string BpfEntry = "BPF service entry";
    public const string BpfNotIdentifiable =
        "Not identifiable: the daemon's BPF dump drops the service map's keys, so no entry names its service. The eBPF maps view lists every entry.";
    public const string OpenBpfMaps = "Open the eBPF maps view";
    public const string NoDaemons = "Not read: no Kmesh daemon pod exists to ask.";
    public const string Hostname = "Hostname";
    public const string Vips = "VIPs";
    public const string Ports = "Ports (service → target)";
    public const string LoadBalancing = "Load balancing";
    public const string OpenInServices = "Open in the Kmesh Services view";
    public const string ImageVersion = "Version (image)";
    public const string Mode = "Mode";
    public const string Spi = "IPsec SPI";
    public const string NoNodeInfo = "no KmeshNodeInfo for this node: IPsec is off, or its daemon has not written one";

    public static string NoDaemon(string node) => $"no Kmesh daemon runs on node {node}";

    public static string KmeshNodePage(string node) => $"Kmesh node {node}";

    /// <summary>A model reason as a sentence: capitalised, ending with a full stop.</summary>
    public static string Sentence(string text)
    {
        if (text.Length == 0) return text;
        string first = text.Substring(0, 1).ToUpperInvariant() + text.Substring(1);
        return first.EndsWith(".") ? first : first + ".";
    }

    public static string VerdictLabel(PodMeshVerdict verdict) => verdict switch
    {
        PodMeshVerdict.Managed => "Managed",
        PodMeshVerdict.NotInMesh => "Not in the mesh",
        PodMeshVerdict.IntendedNotManaged => "Enrolled but not managed",
        PodMeshVerdict.ManagedNotIntended => "Managed but not enrolled",
        _ => "Unknown",
    };

    public static string VerdictTitle(PodMeshVerdict verdict) => verdict switch
    {
        PodMeshVerdict.IntendedNotManaged => "Meant to be in the mesh, but Kmesh does not manage it",
        PodMeshVerdict.ManagedNotIntended => "Managed by Kmesh, but not meant to be",
        _ => VerdictLabel(verdict),
    };

    public static string VerdictStatus(PodMeshVerdict verdict) => verdict switch
    {
        PodMeshVerdict.Managed => "success",
        PodMeshVerdict.NotInMesh => "success",
        PodMeshVerdict.IntendedNotManaged => "error",
        _ => "warning",
    };

    public static string IntendedText(bool? intended, string decider) =>
        intended is null ? $"unknown: {decider}" : (intended.Value ? "yes: " : "no: ") + decider;

    public static string ProtocolText(string protocol) => protocol switch
    {
        "HBONE" => "HBONE (mTLS tunnel)",
        "NONE" => "NONE (plain TCP)",
        _ => protocol,
    };

    public static string PolicyKind(string action, string scope) => $"{action}, scope {scope}";

    public static string NotInDump(string ns, string name) =>
        $"The dump lists no workload for pod {ns}/{name}: istiod has not sent it to the daemons (yet), or the pod is not part of the mesh's workloads.";

    public static string ServiceNotInDump(string ns, string name) => $"The dump lists no service {ns}/{name}: istiod has not sent it to the daemons.";

    public static string DumpFrom(string node, string pod) => $"From the config dump of the daemon on node {node} (pod {pod}).";

    public static string PodCounts(int pods, int intended, int managed) => $"{pods:N0} pods: {intended:N0} meant to be in the mesh, {managed:N0} managed";

    public static string Mismatches(int count) => count == 1 ? "1 pod where intent and state differ" : $"{count:N0} pods where intent and state differ";

    public static string WaypointStatus(WaypointState state) =>
        !state.Found ? "missing" : state.Health.Level == HealthLevel.Green ? "programmed" : "not programmed";

    public static string Endpoints(int count) => $"Workloads behind it ({count:N0})";

    public static string GetNotFound(string resource, string name, string? ns) => $"There is no {resource} {Scoped(name, ns)}.";

    public static string GetForbidden(string resource, string name, string? ns) =>
        $"Your account may not get {resource} {Scoped(name, ns)}. Grant the verb \"get\" on resource \"{resource}\"{(ns is null ? "" : " in namespace " + ns)}.";

    public static string GetFailed(string resource, string name, string message) => $"Reading {resource} {name} failed: {message}";

    private static string Scoped(string name, string? ns) => ns is null ? name : ns + "/" + name;
}
