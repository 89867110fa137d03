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
}
