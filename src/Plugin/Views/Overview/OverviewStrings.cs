namespace Kmesh.Plugin.Views.Overview;

/// <summary>Every user-visible text of the Overview.</summary>
public static class OverviewStrings
{
    public const string Title = "Kmesh overview";
    public const string Loading = "Loading Kmesh daemons";
    public const string Health = "Mesh health";
    public const string Healthy = "Healthy";
    public const string Degraded = "Degraded";
    public const string Failing = "Failing";
    public const string Daemons = "Daemons ready";
    public const string Modes = "Mode";
    public const string Versions = "Kmesh version";
    public const string EnrolledNamespaces = "Enrolled namespaces";
    public const string NoEnrolledNamespaces = "None";
    public const string Pods = "Pods managed by Kmesh";
    public const string Waypoints = "Waypoints programmed";
    public const string Ipsec = "IPsec";
    public const string Problems = "Problems";
    public const string ColReason = "Reason";
    public const string Events = "Recent Kmesh events";
    public static string NoEvents(string ns) => $"No recent events in {ns}.";
    public const string ColType = "Type";
    public const string ColObject = "Object";
    public const string ColMessage = "Message";
    public const string ColAge = "Age";
    public const string Links = "Learn more";
    public const string NodesLink = "Nodes";
    public const string WaypointsLink = "Waypoints";
    public const string MapsLink = "eBPF maps";
    public const string GatewayApiMissing = "not available: the Gateway API is not installed";

    public static string Ratio(int done, int total) => $"{done}/{total}";
    public static string PodsIntendedActual(int intended, int actual) => $"{actual} managed of {intended} intended";
    public const string IpsecOff = "Off";
    public const string IpsecAgreed = "On";
    public const string IpsecRotating = "Key rotation in progress";
    public const string IpsecStale = "Stale key";
    public const string PartlyUnknown = "Partly unknown";
    public const string Expand = "Show";
    public const string Collapse = "Hide";
    public const string ShowNodes = "Show these nodes";
    public const string AllNamespaces = "All namespaces";
    public const int ShownPerGroup = 10;
    public const int InlineNames = 5;

    public static string IpsecStateLabel(Kmesh.Model.Rules.IpsecState state) => state switch
    {
        Kmesh.Model.Rules.IpsecState.Disabled => IpsecOff,
        Kmesh.Model.Rules.IpsecState.Agreed => IpsecAgreed,
        Kmesh.Model.Rules.IpsecState.Rotating => IpsecRotating,
        _ => IpsecStale,
    };

    public static string GroupTitle(string title, int count) => $"{title} ({count})";
    public static string AndMore(int more) => $"and {more} more";
    public static string FirstOf(int total, string shown) => $"{total}: {shown} and {total - InlineNames} more";
    public static string SpiCount(int spi, int nodes) => nodes == 1 ? $"SPI {spi} on 1 node" : $"SPI {spi} on {nodes} nodes";
    public static string StaleSummary(int stale, string counts) => $"stale key on {(stale == 1 ? "1 node" : stale + " nodes")} ({counts})";
    public static string Unreported(int nodes) => nodes == 1 ? "; 1 node without IPsec data" : $"; {nodes} nodes without IPsec data";
    public static string VersionCount(string version, int daemons) => $"{version} ({daemons})";
}
