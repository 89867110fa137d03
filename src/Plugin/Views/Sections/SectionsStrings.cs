using Kmesh.Model.Rules;
using Kmesh.Model.Membership;

using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Sections;

/// <summary>The user-visible strings of the Kmesh sections on Headlamp's details pages.</summary>
public static class SectionsStrings
{
    public static string Title => Tr.T("Kmesh");
    public static string NotInstalled(string kmeshNamespace) => Tr.T("Kmesh is not installed in this cluster (there is no {{kmeshNamespace}} namespace).", "kmeshNamespace", kmeshNamespace);
    public static string NotScheduled => Tr.T("not scheduled to a node yet");
    public static string DaemonReady => Tr.T("Ready");
    public static string DaemonNotReady => Tr.T("Not ready");
    public static string NodeDaemon => Tr.T("Kmesh daemon on its node");
    public static string InMesh => Tr.T("In the mesh");
    public static string Intended => Tr.T("Meant to be in the mesh");
    public static string Managed => Tr.T("Managed by Kmesh");
    public static string ManagedYes => Tr.T("yes: the daemon annotated it kmesh.net/redirection=enabled");
    public static string ManagedNo => Tr.T("no: the pod has no kmesh.net/redirection=enabled annotation");
    public static string UseWaypoint => Tr.T("Waypoint (istio.io/use-waypoint)");
    public static string NoWaypointLabel => Tr.T("none: no istio.io/use-waypoint label");
    public static string OwnLabel => Tr.T("(its own label)");
    public static string NamespaceLabel => Tr.T("(its namespace's label)");
    public static string WorkloadEntry => Tr.T("Workload entry in the daemon's config dump");
    public static string Traffic => Tr.T("Traffic");
    public static string NoDaemonToAsk => Tr.T("Not read: no Kmesh daemon runs on its node to ask.");
    public static string KernelNative => Tr.T("Not read: the daemon runs kernel-native mode, which has no workload or service dump.");
    public static string DaemonNotReadyNoDump =>
        Tr.T("Not read: the daemon on its node is not ready, and this page asks no other daemon. The Workloads view reads the dump from any Ready daemon.");
    public static string LoadingDump => Tr.T("Reading the config dump");
    public static string Protocol => Tr.T("Protocol");
    public static string DumpWaypoint => Tr.T("Waypoint (in the dump)");
    public static string Services => Tr.T("Services");
    public static string Policies => Tr.T("Authorization policies");
    public static string WorkloadStatus => Tr.T("Status");
    public static string Addresses => Tr.T("Addresses");
    public static string PolicyNotInDump => Tr.T("not in the dump");
    public static string OpenInWorkloads => Tr.T("Open in the Kmesh Workloads view");
    public static string NoTraffic => Tr.T("Not sampled: its node's daemon is not ready, or runs kernel-native mode (no metrics).");
    public static string LoadingTraffic => Tr.T("Reading the daemon's metrics");
    public static string Inbound => Tr.T("Inbound (as a server)");
    public static string Outbound => Tr.T("Outbound (its workload as a client)");
    public static string NoneSeen => Tr.T("none seen by its node's daemon");
    public static string OutboundNeedsEntry => Tr.T("unknown: the workload entry (its workload name) was not read");
    public static string OpenTraffic => Tr.T("Open in the Kmesh Traffic view");
    public static string EnrollmentLabel => Tr.T("Enrollment (istio.io/dataplane-mode)");
    public static string NoLabel => Tr.T("no label");
    public static string Effect => Tr.T("Effect");
    public static string PodsRow => Tr.T("Pods");
    public static string ColPod => Tr.T("Pod");
    public static string ColNode => Tr.T("Node");
    public static string ColWhy => Tr.T("Why");
    public static string Yes => Tr.T("yes");
    public static string No => Tr.T("no");
    public static string ClusterIps => Tr.T("Cluster IPs");
    public static string ServiceEntry => Tr.T("Service entry in the daemon's config dump");
    public static string BpfEntry => Tr.T("BPF service entry");
    public static string BpfNotIdentifiable =>
        Tr.T("Not identifiable: the daemon's BPF dump drops the service map's keys, so no entry names its service. The eBPF maps view lists every entry.");
    public static string OpenBpfMaps => Tr.T("Open the eBPF maps view");
    public static string NoDaemons => Tr.T("Not read: no Kmesh daemon pod exists to ask.");
    public static string Hostname => Tr.T("Hostname");
    public static string Vips => Tr.T("VIPs");
    public static string Ports => Tr.T("Ports (service → target)");
    public static string LoadBalancing => Tr.T("Load balancing");
    public static string OpenInServices => Tr.T("Open in the Kmesh Services view");
    public static string ImageVersion => Tr.T("Version (image)");
    public static string Mode => Tr.T("Mode");
    public static string Spi => Tr.T("IPsec SPI");
    public static string NoNodeInfo => Tr.T("no KmeshNodeInfo for this node: IPsec is off, or its daemon has not written one");

    public static string NoDaemon(string node) => Tr.T("no Kmesh daemon runs on node {{node}}", "node", node);

    public static string KmeshNodePage(string node) => Tr.T("Kmesh node {{node}}", "node", node);

    /// <summary>A model reason as a sentence: capitalised, ending with the language's full stop.</summary>
    public static string Sentence(string text)
    {
        if (text.Length == 0) return text;
        string first = text.Substring(0, 1).ToUpperInvariant() + text.Substring(1);
        return first.EndsWith(".") || first.EndsWith("。") ? first : Tr.T("{{sentence}}.", "sentence", first);
    }

    public static string VerdictLabel(PodMeshVerdict verdict) => verdict switch
    {
        PodMeshVerdict.Managed => Tr.T("Managed"),
        PodMeshVerdict.NotInMesh => Tr.T("Not in the mesh"),
        PodMeshVerdict.IntendedNotManaged => Tr.T("Enrolled but not managed"),
        PodMeshVerdict.ManagedNotIntended => Tr.T("Managed but not enrolled"),
        _ => Tr.T("Unknown"),
    };

    public static string VerdictTitle(PodMeshVerdict verdict) => verdict switch
    {
        PodMeshVerdict.IntendedNotManaged => Tr.T("Meant to be in the mesh, but Kmesh does not manage it"),
        PodMeshVerdict.ManagedNotIntended => Tr.T("Managed by Kmesh, but not meant to be"),
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
        intended is null ? Tr.T("unknown: {{decider}}", "decider", decider) : (intended.Value ? Tr.T("yes: {{decider}}", "decider", decider) : Tr.T("no: {{decider}}", "decider", decider));

    public static string ProtocolText(string protocol) => protocol switch
    {
        "HBONE" => Tr.T("HBONE (mTLS tunnel)"),
        "NONE" => Tr.T("NONE (plain TCP)"),
        _ => protocol,
    };

    public static string PolicyKind(string action, string scope) => Tr.T("{{action}}, scope {{scope}}", "action", action, "scope", scope);

    public static string NotInDump(string ns, string name) =>
        Tr.T("The dump lists no workload for pod {{ns}}/{{name}}: istiod has not sent it to the daemons (yet), or the pod is not part of the mesh's workloads.", "ns", ns, "name", name);

    public static string ServiceNotInDump(string ns, string name) => Tr.T("The dump lists no service {{ns}}/{{name}}: istiod has not sent it to the daemons.", "ns", ns, "name", name);

    public static string DumpFrom(string node, string pod) => Tr.T("From the config dump of the daemon on node {{node}} (pod {{pod}}).", "node", node, "pod", pod);

    public static string PodCounts(int pods, int intended, int managed) => Tr.T("{{pods}} pods: {{intended}} meant to be in the mesh, {{managed}} managed", "pods", pods.ToString("N0"), "intended", intended.ToString("N0"), "managed", managed.ToString("N0"));

    public static string Mismatches(int count) => count == 1 ? Tr.T("1 pod where intent and state differ") : Tr.T("{{count}} pods where intent and state differ", "count", count.ToString("N0"));

    public static string WaypointStatus(WaypointState state) =>
        !state.Found ? Tr.T("missing") : state.Health.Level == HealthLevel.Green ? Tr.T("programmed") : Tr.T("not programmed");

    public static string Endpoints(int count) => Tr.T("Workloads behind it ({{count}})", "count", count.ToString("N0"));

    public static string GetNotFound(string resource, string name, string? ns) => Tr.T("There is no {{resource}} {{name}}.", "resource", resource, "name", Scoped(name, ns));

    public static string GetForbidden(string resource, string name, string? ns) =>
        ns is null
            ? Tr.T("Your account may not get {{resource}} {{name}}. Grant the verb \"get\" on resource \"{{resource}}\".", "resource", resource, "name", name)
            : Tr.T("Your account may not get {{resource}} {{name}}. Grant the verb \"get\" on resource \"{{resource}}\" in namespace {{ns}}.", "resource", resource, "name", Scoped(name, ns), "ns", ns);

    public static string GetFailed(string resource, string name, string message) => Tr.T("Reading {{resource}} {{name}} failed: {{message}}", "resource", resource, "name", name, "message", message);

    private static string Scoped(string name, string? ns) => ns is null ? name : ns + "/" + name;
}
