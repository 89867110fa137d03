namespace Kmesh.Plugin.Views.BpfMaps;

/// <summary>Every user-visible text of the eBPF maps inspector.</summary>
public static class BpfMapsStrings
{
    public const string Title = "eBPF maps";
    public const string Subtitle = "What the Kmesh daemon on one node has programmed into its BPF maps";
    public const string NodeLabel = "Node";
    public const string ChooseNode = "Choose a node to read its daemon's BPF maps. Only that node's daemon is contacted.";
    public const string NoDaemons = "No Kmesh daemon pods were found, so there is no node to inspect.";
    public const string Loading = "Reading the BPF maps from the daemon";
    public const string Search = "Search";
    public const string SearchIn = "Search in";
    public const string AllColumns = "All columns";
    public const string NoRows = "This map is empty.";
    public const string NoMatches = "No entries match the search.";
    public const string ShowJson = "JSON";
    public const string RowJsonTitle = "Entry as returned by the daemon";
    public const string Close = "Close";
    public const string Reload = "Reload";
    public const string MalformedHint = "The daemon may have crashed or been restarted mid-answer; reload, and check its logs if it persists.";

    public static string MalformedDump(string pod, string error) => $"The BPF dump from pod {pod} could not be read: {error}";
    public const string WrongMode = "This dump belongs to the other Kmesh mode";
    public const string KeysDropped = "The daemon dumps map values only (keys are dropped), so rows of different maps cannot be joined.";
    public const string RoutesNotInBpf = "This Kmesh version does not keep routes in BPF maps.";
    public const string ColIdentity = "Config-dump names";
    public const string OneOf = "one of:";
    public const string KindWorkload = "pod";
    public const string KindService = "service";
    public const string KindWaypoint = "waypoint";
    public const string KindPolicy = "policy";
    public const string NamesLoading = "Reading the config dump to name the values…";

    public static string Untied(int rows) => rows == 1
        ? "1 entry holds values that match no workload, service, waypoint or policy in the daemon's config dump."
        : $"{rows} entries hold values that match no workload, service, waypoint or policy in the daemon's config dump.";

    public static string MoreCandidates(int count) => count == 1
        ? "and 1 more service with these ports"
        : $"and {count} more services with these ports";

    public static string NamesUnavailable(string reason) => $"Values are not named: the daemon's config dump could not be read ({reason}).";

    public static string Via(string strategy) => $"Read through {strategy}";
    public static string Entries(int shown, int total) => shown == total ? $"{total} entries" : $"{shown} of {total} entries";
    public static string ModeOf(string node, string mode) => $"Node {node} runs Kmesh in {mode} mode";

    // Tabs
    public const string Services = "Services";
    public const string Backends = "Backends";
    public const string Endpoints = "Endpoints";
    public const string Frontends = "Frontends";
    public const string WorkloadPolicies = "Workload policies";
    public const string Listeners = "Listeners";
    public const string Clusters = "Clusters";
    public const string Routes = "Routes";

    // Columns
    public const string ColEndpoints = "Endpoints (per priority)";
    public const string ColTotalEndpoints = "Endpoints";
    public const string ColLbPolicy = "Load balancing";
    public const string ColServicePorts = "Service ports";
    public const string ColTargetPorts = "Target ports";
    public const string ColWaypoint = "Waypoint";
    public const string ColIp = "IP";
    public const string ColServiceCount = "Services";
    public const string ColServices = "Service names";
    public const string ColBackendUid = "Backend workload";
    public const string ColUpstreamId = "Upstream";
    public const string ColPolicies = "Policies";
    public const string ColName = "Name";
    public const string ColAddress = "Address";
    public const string ColStatus = "Status";
    public const string ColTargets = "Filter targets";
    public const string ColId = "ID";
    public const string ColConnectTimeout = "Connect timeout";
    public const string ColVirtualHosts = "Virtual hosts";
    public const string ColDomains = "Domains";
}
