using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Services;

/// <summary>Every user-visible text of the Services view.</summary>
public static class ServicesStrings
{
    public static string Title => Tr.T("Mesh services");
    public static string ColHostname => Tr.T("Hostname");
    public static string ColNamespace => Tr.T("Namespace");
    public static string ColVips => Tr.T("VIPs");
    public static string ColPorts => Tr.T("Ports (service → target)");
    public static string ColWaypoint => Tr.T("Waypoint");
    public static string ColBalancing => Tr.T("Load balancing");
    public static string ColWorkloads => Tr.T("Workloads");
    public static string DefaultBalancing => Tr.T("default");
    public static string Empty => Tr.T("The config dump lists no services.");

    public static string Show(int count) => count == 1 ? Tr.T("Show 1 workload") : Tr.T("Show {{count}} workloads", "count", count.ToString("N0"));

    public static string Hide(int count) => count == 1 ? Tr.T("Hide 1 workload") : Tr.T("Hide {{count}} workloads", "count", count.ToString("N0"));
}
