namespace Kmesh.Plugin.Views.Nodes;

/// <summary>Every user-visible text of the Nodes list and node details.</summary>
public static class NodesStrings
{
    public const string Title = "Kmesh nodes";
    public const string Loading = "Loading Kmesh daemons";
    public const string ColNode = "Node";
    public const string ColPod = "Daemon pod";
    public const string ColStatus = "Status";
    public const string ColVersion = "Version";
    public const string ColMode = "Mode";
    public const string ColSpi = "IPsec SPI";
    public const string ColAddresses = "Addresses";
    public const string ColPodCidrs = "Pod CIDRs";
    public const string ColAge = "Age";
    public const string Ready = "Ready";
    public const string NotReady = "Not ready";
    public const string Unreadable = "Unreadable";

    public static string RestartsText(int restarts, string? lastAgo) =>
        restarts == 0 || lastAgo is null ? restarts.ToString() : $"{restarts} (last {lastAgo} ago)";
    public const string ShowAll = "Show all nodes";
    public const string NoneMatch = "No node matches this filter.";

    public static string Filtered(string filter, int shown, int total) => $"Showing {shown} of {total} nodes: {FilterLabel(filter)}.";

    /// <summary>The words for a Nodes-list filter from the route.</summary>
    public static string FilterLabel(string filter) => filter switch
    {
        "crash-loop" => "daemons crash-looping",
        "image-pull" => "daemons unable to pull their image",
        "not-running" => "daemons not running",
        "unreadable" => "daemon pods with unreadable JSON",
        "not-ready" => "daemons not ready",
        "pending" => "daemons pending",
        "terminating" => "daemons terminating",
        "restarted" => "daemons restarted in the last hour",
        "stale-key" => "nodes with a stale IPsec key",
        "no-node-info" => "nodes without IPsec data",
        _ => filter.StartsWith("version-", System.StringComparison.Ordinal) ? $"daemons on {filter.Substring(8)}" : $"status \"{filter}\"",
    };
    public const string DetailTitle = "Kmesh node";
    public const string NotFound = "No Kmesh daemon runs on this node.";
    public const string Restarts = "Restarts";
    public const string Created = "Created";
    public const string Image = "Image";
    public const string BootId = "Boot ID";
    public const string AdminTitle = "Daemon admin API";
    public const string AdminLoading = "Asking the daemon for its version";
    public const string AdminVersion = "Reported version";
    public const string AdminCommit = "Commit";
    public const string AdminBuildDate = "Build date";
    public const string AdminVia = "Reached through";
    public const string Events = "Events";
    public const string Yaml = "Daemon pod YAML";
    public const string KubernetesNode = "Kubernetes node";
    public const string InspectMaps = "Inspect this node's eBPF maps";
}
