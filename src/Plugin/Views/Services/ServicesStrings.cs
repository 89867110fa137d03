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

    public static string NotSampled => Tr.T("Not sampled: no daemon read");
    public static string ReadNode => Tr.T("Read the daemon on");
    public static string OnlyThatNode => Tr.T("A daemon counts only the connections whose client or server runs on its node: these figures are that node's share, not the service's total.");
    public static string ChartTitle => Tr.T("Rates to this service, as this node saw them");
    public static string NoTrafficOn(string node) => Tr.T("No connection to this service was recorded by the daemon on node {{node}}.", "node", node);
    public static string TrafficScope(string node, string pod) =>
        Tr.T("Traffic: only what the daemon on node {{node}} (pod {{pod}}, which gave this dump) saw — connections whose client or server runs on that node. Open a service to read another node's daemon.", "node", node, "pod", pod);
    public static string DetailTitle(string ns, string hostname) => Tr.T("Service {{hostname}} ({{ns}})", "hostname", hostname, "ns", ns);
}

