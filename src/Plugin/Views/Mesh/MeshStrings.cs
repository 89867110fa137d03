using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Mesh;

/// <summary>User-visible texts shared by the Workloads, Services and Authorization policies views.</summary>
public static class MeshStrings
{
    public static string LoadingDaemons => Tr.T("Loading Kmesh daemons");
    public static string NodeLabel => Tr.T("Ask the daemon on");
    public static string Refresh => Tr.T("Refresh");
    public static string NoMatches => Tr.T("No entries match the search.");
    public static string None => Tr.T("none");
    public static string ShowWorkloads(int count) => count == 1 ? Tr.T("Show 1 workload") : Tr.T("Show {{count}} workloads", "count", count.ToString("N0"));
    public static string HideWorkloads(int count) => count == 1 ? Tr.T("Hide 1 workload") : Tr.T("Hide {{count}} workloads", "count", count.ToString("N0"));
    public static string NeedsDualEngineTitle => Tr.T("This view needs dual-engine mode");
    public static string NeedsDualEngine =>
        Tr.T("Every Kmesh daemon in this cluster runs kernel-native mode, which has no workload, service or policy dump (/debug/config_dump/dual-engine).");
    public static string NeedsDualEngineHint => Tr.T("The kernel-native configuration is in the eBPF maps inspector.");
    public static string NoReadyDaemonTitle => Tr.T("No Kmesh daemon is Ready");
    public static string NoReadyDaemon => Tr.T("None of the Kmesh daemon pods is Ready, so there is no daemon to ask for the config dump.");
    public static string NoReadyDaemonHint => Tr.T("Look at the Kmesh nodes page for the daemons' state, or pick a node to ask its daemon anyway.");
    public static string Forbidden => Tr.T("Forbidden");
    public static string Unreachable => Tr.T("Daemon unreachable");
    public static string Malformed => Tr.T("Malformed config dump");
    public static string WrongMode => NeedsDualEngineTitle;
    public static string GatewayUnverified => Tr.T("Gateway not verified: the Gateway list could not be read");
    public static string GatewayNotFound => Tr.T("No waypoint Gateway has this address or name");
    public static string NotInDump => Tr.T("not in the dump");

    public static string NoResponse(string pod) => Tr.T("Pod {{pod}} gave no response.", "pod", pod);
    public static string TryAgain => Tr.T("Try again.");

    public static string Loading(string node) => Tr.T("Reading the config dump from the daemon on {{node}}", "node", node);

    public static string AnsweredBy(string node, string pod, string via) => Tr.T("Config dump from the daemon on node {{node}} (pod {{pod}}), read through {{via}},", "node", node, "pod", pod, "via", via);

    public static string FellBack(string node, string pod, string message) => Tr.T("The daemon on {{node}} (pod {{pod}}) did not answer: {{message}} The next Ready daemon was asked.", "node", node, "pod", pod, "message", message);


    public static string MalformedMessage(string pod, string error) => Tr.T("The config dump of pod {{pod}} could not be read: {{error}}", "pod", pod, "error", error);

    public static string NotReady(string node) => Tr.T("{{node}} (not Ready)", "node", node);
}
