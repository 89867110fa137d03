using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Workloads;

/// <summary>Every user-visible text of the Workloads view.</summary>
public static class WorkloadsStrings
{
    public static string Title => Tr.T("Mesh workloads");
    public static string ColName => Tr.T("Name");
    public static string ColNamespace => Tr.T("Namespace");
    public static string ColWorkload => Tr.T("Workload");
    public static string ColNode => Tr.T("Node");
    public static string ColAddresses => Tr.T("Addresses");
    public static string ColProtocol => Tr.T("Protocol");
    public static string ColWaypoint => Tr.T("Waypoint");
    public static string ColServices => Tr.T("Services");
    public static string ColStatus => Tr.T("Status");
    public static string ColPolicies => Tr.T("Policies");
    public static string Healthy => Tr.T("Healthy");
    public static string Unhealthy => Tr.T("Unhealthy");
    public static string Empty => Tr.T("The config dump lists no workloads.");

    public static string Kind(string workloadName, string workloadType) =>
        workloadName.Length == 0 ? workloadType : $"{workloadName} ({workloadType})";

    public static string NoInbound => Tr.T("No connection recorded");
    public static string NotAPod => Tr.T("Not a pod: no pod metrics");
    public static string AsServer => Tr.T("As a server (connections to this pod)");
    public static string AsClient => Tr.T("As a client (its workload, to services)");
    public static string NoOutbound => Tr.T("No connection from this workload to a service was recorded on this node.");
    public static string ChartTitle => Tr.T("Rates to this pod");
    public static string NotSampled(string node) => Tr.T("Not sampled: on node {{node}}", "node", node);
    public static string TrafficScope(string node, string pod) =>
        Tr.T("Traffic: only workloads on node {{node}} are sampled (its daemon, pod {{pod}}, gave this dump); a daemon sees only its own node's connections. Open a workload on another node to read that node's daemon.", "node", node, "pod", pod);
    public static string DetailTitle(string ns, string name) => Tr.T("Workload {{ns}}/{{name}}", "ns", ns, "name", name);
}

