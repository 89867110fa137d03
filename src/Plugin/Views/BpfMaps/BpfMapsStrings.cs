using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.BpfMaps;

/// <summary>Every user-visible text of the eBPF maps inspector.</summary>
public static class BpfMapsStrings
{
    public static string Title => Tr.T("eBPF maps");
    public static string Subtitle => Tr.T("What the Kmesh daemon on one node has programmed into its BPF maps");
    public static string NodeLabel => Tr.T("Node");
    public static string ChooseNode => Tr.T("Choose a node to read its daemon's BPF maps. Only that node's daemon is contacted.");
    public static string NoDaemons => Tr.T("No Kmesh daemon pods were found, so there is no node to inspect.");
    public static string Loading => Tr.T("Reading the BPF maps from the daemon");
    public static string Search => Tr.T("Search");
    public static string SearchIn => Tr.T("Search in");
    public static string AllColumns => Tr.T("All columns");
    public static string NoRows => Tr.T("This map is empty.");
    public static string NoMatches => Tr.T("No entries match the search.");
    public static string ShowJson => Tr.T("JSON");
    public static string RowJsonTitle => Tr.T("Entry as returned by the daemon");
    public static string Close => Tr.T("Close");
    public static string Reload => Tr.T("Reload");
    public static string MalformedHint => Tr.T("The daemon may have crashed or been restarted mid-answer; reload, and check its logs if it persists.");

    public static string MalformedDump(string pod, string error) => Tr.T("The BPF dump from pod {{pod}} could not be read: {{error}}", "pod", pod, "error", error);
    public static string WrongMode => Tr.T("This dump belongs to the other Kmesh mode");
    public static string KeysDropped => Tr.T("The daemon dumps map values only (keys are dropped), so rows of different maps cannot be joined.");
    public static string RoutesNotInBpf => Tr.T("This Kmesh version does not keep routes in BPF maps.");
    public static string ColIdentity => Tr.T("Config-dump names");
    public static string OneOf => Tr.T("one of:");
    public static string KindWorkload => Tr.T("pod");
    public static string KindService => Tr.T("service");
    public static string KindWaypoint => Tr.T("waypoint");
    public static string KindPolicy => Tr.T("policy");
    public static string NamesLoading => Tr.T("Reading the config dump to name the values…");

    public static string Untied(int rows) => rows == 1
        ? Tr.T("1 entry holds values that match no workload, service, waypoint or policy in the daemon's config dump.")
        : Tr.T("{{rows}} entries hold values that match no workload, service, waypoint or policy in the daemon's config dump.", "rows", rows);

    public static string MoreCandidates(int count) => count == 1
        ? Tr.T("and 1 more service with these ports")
        : Tr.T("and {{count}} more services with these ports", "count", count);

    public static string NamesUnavailable(string reason) => Tr.T("Values are not named: the daemon's config dump could not be read ({{reason}}).", "reason", reason);

    public static string Via(string strategy) => Tr.T("Read through {{strategy}}", "strategy", strategy);
    public static string Entries(int shown, int total) => shown == total ? Tr.T("{{total}} entries", "total", total) : Tr.T("{{shown}} of {{total}} entries", "shown", shown, "total", total);
    public static string ModeOf(string node, string mode) => Tr.T("Node {{node}} runs Kmesh in {{mode}} mode", "node", node, "mode", mode);

    // Tabs
    public static string Services => Tr.T("Services");
    public static string Backends => Tr.T("Backends");
    public static string Endpoints => Tr.T("Endpoints");
    public static string Frontends => Tr.T("Frontends");
    public static string WorkloadPolicies => Tr.T("Workload policies");
    public static string Listeners => Tr.T("Listeners");
    public static string Clusters => Tr.T("Clusters");
    public static string Routes => Tr.T("Routes");

    // Columns
    public static string ColEndpoints => Tr.T("Endpoints (per priority)");
    public static string ColTotalEndpoints => Tr.T("Endpoints");
    public static string ColLbPolicy => Tr.T("Load balancing");
    public static string ColServicePorts => Tr.T("Service ports");
    public static string ColTargetPorts => Tr.T("Target ports");
    public static string ColWaypoint => Tr.T("Waypoint");
    public static string ColIp => Tr.T("IP");
    public static string ColServiceCount => Tr.T("Services");
    public static string ColServices => Tr.T("Service names");
    public static string ColBackendUid => Tr.T("Backend workload");
    public static string ColUpstreamId => Tr.T("Upstream");
    public static string ColPolicies => Tr.T("Policies");
    public static string ColName => Tr.T("Name");
    public static string ColAddress => Tr.T("Address");
    public static string ColStatus => Tr.T("Status");
    public static string ColTargets => Tr.T("Filter targets");
    public static string ColId => Tr.T("ID");
    public static string ColConnectTimeout => Tr.T("Connect timeout");
    public static string ColVirtualHosts => Tr.T("Virtual hosts");
    public static string ColDomains => Tr.T("Domains");
}
