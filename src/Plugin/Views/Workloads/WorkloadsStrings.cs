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
}
