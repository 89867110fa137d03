using Kmesh.Model.Rules;
using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Overview;

/// <summary>Every user-visible text of the Overview.</summary>
public static class OverviewStrings
{
    public static string Title => Tr.T("Kmesh overview");
    public static string Loading => Tr.T("Loading Kmesh daemons");
    public static string Health => Tr.T("Mesh health");
    public static string Healthy => Tr.T("Healthy");
    public static string Degraded => Tr.T("Degraded");
    public static string Failing => Tr.T("Failing");
    public static string Daemons => Tr.T("Daemons ready");
    public static string Modes => Tr.T("Mode");
    public static string Versions => Tr.T("Kmesh version");
    public static string EnrolledNamespaces => Tr.T("Enrolled namespaces");
    public static string NoEnrolledNamespaces => Tr.T("None");
    public static string Pods => Tr.T("Pods managed by Kmesh");
    public static string Waypoints => Tr.T("Waypoints programmed");
    public static string Ipsec => Tr.T("IPsec");
    public static string Problems => Tr.T("Problems");
    public static string ColReason => Tr.T("Reason");
    public static string Events => Tr.T("Recent Kmesh events");
    public static string NoEvents(string ns) => Tr.T("No recent events in {{ns}}.", "ns", ns);
    public static string ColType => Tr.T("Type");
    public static string ColObject => Tr.T("Object");
    public static string ColMessage => Tr.T("Message");
    public static string ColAge => Tr.T("Age");
    public static string Links => Tr.T("Learn more");
    public static string NodesLink => Tr.T("Nodes");
    public static string WaypointsLink => Tr.T("Waypoints");
    public static string MapsLink => Tr.T("eBPF maps");
    public static string GatewayApiMissing => Tr.T("not available: the Gateway API is not installed");

    public static string Ratio(int done, int total) => $"{done}/{total}";
    public static string PodsIntendedActual(int intended, int actual) => Tr.T("{{actual}} managed of {{intended}} intended", "actual", actual, "intended", intended);
    public static string IpsecOff => Tr.T("Off");
    public static string IpsecAgreed => Tr.T("On");
    public static string IpsecRotating => Tr.T("Key rotation in progress");
    public static string IpsecStale => Tr.T("Stale key");
    public static string PartlyUnknown => Tr.T("Partly unknown");
    public static string Expand => Tr.T("Show");
    public static string Collapse => Tr.T("Hide");
    public static string ShowNodes => Tr.T("Show these nodes");
    public static string AllNamespaces => Tr.T("All namespaces");
    public const int ShownPerGroup = 10;
    public const int InlineNames = 5;

    public static string IpsecStateLabel(IpsecState state) => state switch
    {
        IpsecState.Disabled => IpsecOff,
        IpsecState.Agreed => IpsecAgreed,
        IpsecState.Rotating => IpsecRotating,
        _ => IpsecStale,
    };

    public static string GroupTitle(string title, int count) => $"{title} ({count})";

    /// <summary>A problem group's title, from its kind (the model's English title is for logs and tests).</summary>
    public static string ProblemTitle(ProblemKind kind) => kind switch
    {
        ProblemKind.NoDaemons => Tr.T("No Kmesh daemons"),
        ProblemKind.CrashLoop => Tr.T("Daemons crash-looping"),
        ProblemKind.ImagePull => Tr.T("Daemons unable to pull their image"),
        ProblemKind.NotRunning => Tr.T("Daemons not running"),
        ProblemKind.Unreadable => Tr.T("Daemon pods with unreadable JSON"),
        ProblemKind.StaleKey => Tr.T("Nodes with a stale IPsec key"),
        ProblemKind.WaypointFailing => Tr.T("Waypoints failing"),
        ProblemKind.NotReady => Tr.T("Daemons not ready"),
        ProblemKind.Pending => Tr.T("Daemons pending"),
        ProblemKind.Terminating => Tr.T("Daemons terminating"),
        ProblemKind.RecentRestart => Tr.T("Daemons restarted in the last hour"),
        ProblemKind.NoNodeInfo => Tr.T("Nodes without IPsec data"),
        ProblemKind.ModesDiffer => Tr.T("Daemons in different modes"),
        ProblemKind.VersionSkew => Tr.T("Daemons on another version"),
        ProblemKind.Enrollment => Tr.T("Pods whose Kmesh management differs from their labels"),
        ProblemKind.WaypointPending => Tr.T("Waypoints not yet programmed"),
        _ => Tr.T("IPsec key rotation in progress"),
    };
    public static string AndMore(int more) => Tr.T("and {{more}} more", "more", more);
    public static string FirstOf(int total, string shown) => Tr.T("{{total}}: {{shown}} and {{more}} more", "total", total, "shown", shown, "more", total - InlineNames);
    public static string SpiCount(int spi, int nodes) => nodes == 1 ? Tr.T("SPI {{spi}} on 1 node", "spi", spi) : Tr.T("SPI {{spi}} on {{nodes}} nodes", "spi", spi, "nodes", nodes);
    public static string StaleSummary(int stale, string counts) => stale == 1 ? Tr.T("stale key on 1 node ({{counts}})", "counts", counts) : Tr.T("stale key on {{stale}} nodes ({{counts}})", "stale", stale, "counts", counts);
    public static string Unreported(int nodes) => nodes == 1 ? Tr.T("; 1 node without IPsec data") : Tr.T("; {{nodes}} nodes without IPsec data", "nodes", nodes);
    public static string VersionCount(string version, int daemons) => $"{version} ({daemons})";
}
