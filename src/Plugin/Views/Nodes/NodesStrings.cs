using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Nodes;

/// <summary>Every user-visible text of the Nodes list and node details.</summary>
public static class NodesStrings
{
    public static string Title => Tr.T("Kmesh nodes");
    public static string Loading => Tr.T("Loading Kmesh daemons");
    public static string ColNode => Tr.T("Node");
    public static string ColPod => Tr.T("Daemon pod");
    public static string ColStatus => Tr.T("Status");
    public static string ColVersion => Tr.T("Version");
    public static string ColMode => Tr.T("Mode");
    public static string ColSpi => Tr.T("IPsec SPI");
    public static string ColAddresses => Tr.T("Addresses");
    public static string ColPodCidrs => Tr.T("Pod CIDRs");
    public static string ColAge => Tr.T("Age");
    public static string Ready => Tr.T("Ready");
    public static string NotReady => Tr.T("Not ready");
    public static string Unreadable => Tr.T("Unreadable");

    public static string RestartsText(int restarts, string? lastAgo) =>
        restarts == 0 || lastAgo is null ? restarts.ToString() : Tr.T("{{restarts}} (last {{lastAgo}} ago)", "restarts", restarts, "lastAgo", lastAgo);
    public static string ShowAll => Tr.T("Show all nodes");
    public static string NoneMatch => Tr.T("No node matches this filter.");

    public static string Filtered(string filter, int shown, int total) => Tr.T("Showing {{shown}} of {{total}} nodes: {{filter}}.", "shown", shown, "total", total, "filter", FilterLabel(filter));

    /// <summary>The words for a Nodes-list filter from the route.</summary>
    public static string FilterLabel(string filter) => filter switch
    {
        "crash-loop" => Tr.T("daemons crash-looping"),
        "image-pull" => Tr.T("daemons unable to pull their image"),
        "not-running" => Tr.T("daemons not running"),
        "unreadable" => Tr.T("daemon pods with unreadable JSON"),
        "not-ready" => Tr.T("daemons not ready"),
        "pending" => Tr.T("daemons pending"),
        "terminating" => Tr.T("daemons terminating"),
        "restarted" => Tr.T("daemons restarted in the last hour"),
        "stale-key" => Tr.T("nodes with a stale IPsec key"),
        "no-node-info" => Tr.T("nodes without IPsec data"),
        _ => filter.StartsWith("version-", System.StringComparison.Ordinal) ? Tr.T("daemons on {{version}}", "version", filter.Substring(8)) : Tr.T("status \"{{filter}}\"", "filter", filter),
    };
    public static string DetailTitle => Tr.T("Kmesh node");
    public static string NotFound => Tr.T("No Kmesh daemon runs on this node.");
    public static string Restarts => Tr.T("Restarts");
    public static string Created => Tr.T("Created");
    public static string Image => Tr.T("Image");
    public static string BootId => Tr.T("Boot ID");
    public static string AdminTitle => Tr.T("Daemon admin API");
    public static string AdminLoading => Tr.T("Asking the daemon for its version");
    public static string AdminVersion => Tr.T("Reported version");
    public static string AdminCommit => Tr.T("Commit");
    public static string AdminBuildDate => Tr.T("Build date");
    public static string AdminVia => Tr.T("Reached through");
    public static string Events => Tr.T("Events");
    public static string Yaml => Tr.T("Daemon pod YAML");
    public static string KubernetesNode => Tr.T("Kubernetes node");
    public static string InspectMaps => Tr.T("Inspect this node's eBPF maps");

    /// <summary>A KmeshNodeInfo list member of the wrong JSON type (<paramref name="type"/>: "a string", "an object"…).</summary>
    public static string NotAList(string type) => Tr.T("{{type}} where a list of strings belongs", "type", Kmesh.Model.Text.TypeWords.Of(type));

    public static string NotText(string type) => Tr.T("{{type}} in a list of strings", "type", Kmesh.Model.Text.TypeWords.Of(type));
}
