namespace Kmesh.Plugin.Views.Services;

/// <summary>Every user-visible text of the Services view.</summary>
public static class ServicesStrings
{
    public const string Title = "Mesh services";
    public const string ColHostname = "Hostname";
    public const string ColNamespace = "Namespace";
    public const string ColVips = "VIPs";
    public const string ColPorts = "Ports (service → target)";
    public const string ColWaypoint = "Waypoint";
    public const string ColBalancing = "Load balancing";
    public const string ColWorkloads = "Workloads";
    public const string DefaultBalancing = "default";
    public const string Empty = "The config dump lists no services.";

    public static string Show(int count) => count == 1 ? "Show 1 workload" : $"Show {count:N0} workloads";

    public static string Hide(int count) => count == 1 ? "Hide 1 workload" : $"Hide {count:N0} workloads";

    public const string NotSampled = "Not sampled: no daemon's metrics were read.";
    public const string ReadNode = "Read the daemon on";
    public const string OnlyThatNode = "A daemon counts only the connections whose client or server runs on its node: these figures are that node's share, not the service's total.";
    public const string ChartTitle = "Rates to this service, as this node saw them";
    public static string NoTrafficOn(string node) => $"No connection to this service was recorded by the daemon on node {node}.";
    public static string TrafficScope(string node, string pod) =>
        $"Traffic: only what the daemon on node {node} (pod {pod}, which gave this dump) saw — connections whose client or server runs on that node. Open a service to read another node's daemon.";
    public static string DetailTitle(string ns, string hostname) => $"Service {hostname} ({ns})";
}

