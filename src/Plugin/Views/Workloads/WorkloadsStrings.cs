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
}
