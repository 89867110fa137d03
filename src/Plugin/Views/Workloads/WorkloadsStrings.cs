namespace Kmesh.Plugin.Views.Workloads;

/// <summary>Every user-visible text of the Workloads view.</summary>
public static class WorkloadsStrings
{
    public const string Title = "Mesh workloads";
    public const string ColName = "Name";
    public const string ColNamespace = "Namespace";
    public const string ColWorkload = "Workload";
    public const string ColNode = "Node";
    public const string ColAddresses = "Addresses";
    public const string ColProtocol = "Protocol";
    public const string ColWaypoint = "Waypoint";
    public const string ColServices = "Services";
    public const string ColStatus = "Status";
    public const string ColPolicies = "Policies";
    public const string Healthy = "Healthy";
    public const string Unhealthy = "Unhealthy";
    public const string Empty = "The config dump lists no workloads.";

    public static string Kind(string workloadName, string workloadType) =>
        workloadName.Length == 0 ? workloadType : $"{workloadName} ({workloadType})";

    public const string NoInbound = "No connection to this pod was recorded.";
    public const string NotAPod = "Not a pod: Kmesh's workload metrics name pods, so there is nothing to look up.";
    public const string AsServer = "As a server (connections to this pod)";
    public const string AsClient = "As a client (its workload, to services)";
    public const string NoOutbound = "No connection from this workload to a service was recorded on this node.";
    public const string ChartTitle = "Rates to this pod";
    public static string NotSampled(string node) => $"Not sampled: open the workload to read the daemon on node {node}.";
    public static string TrafficScope(string node, string pod) =>
        $"Traffic: only workloads on node {node} are sampled (its daemon, pod {pod}, gave this dump); a daemon sees only its own node's connections. Open a workload on another node to read that node's daemon.";
    public static string DetailTitle(string ns, string name) => $"Workload {ns}/{name}";
}

