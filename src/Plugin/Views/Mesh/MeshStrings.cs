namespace Kmesh.Plugin.Views.Mesh;

/// <summary>User-visible texts shared by the Workloads, Services and Authorization policies views.</summary>
public static class MeshStrings
{
    public const string LoadingDaemons = "Loading Kmesh daemons";
    public const string NodeLabel = "Ask the daemon on";
    public const string Refresh = "Refresh";
    public const string NoMatches = "No entries match the search.";
    public const string None = "none";
    public const string NeedsDualEngineTitle = "This view needs dual-engine mode";
    public const string NeedsDualEngine =
        "Every Kmesh daemon in this cluster runs kernel-native mode, which has no workload, service or policy dump (/debug/config_dump/dual-engine).";
    public const string NeedsDualEngineHint = "The kernel-native configuration is in the eBPF maps inspector.";
    public const string NoReadyDaemonTitle = "No Kmesh daemon is Ready";
    public const string NoReadyDaemon = "None of the Kmesh daemon pods is Ready, so there is no daemon to ask for the config dump.";
    public const string NoReadyDaemonHint = "Look at the Kmesh nodes page for the daemons' state, or pick a node to ask its daemon anyway.";
    public const string Forbidden = "Forbidden";
    public const string Unreachable = "Daemon unreachable";
    public const string Malformed = "Malformed config dump";
    public const string WrongMode = NeedsDualEngineTitle;
    public const string GatewayUnverified = "Gateway not verified: the Gateway list could not be read";
    public const string GatewayNotFound = "No waypoint Gateway has this address or name";
    public const string NotInDump = "not in the dump";

    public static string Loading(string node) => $"Reading the config dump from the daemon on {node}";

    public static string AnsweredBy(string node, string pod, string via) => $"Config dump from the daemon on node {node} (pod {pod}), read through {via},";

    public static string FellBack(string node, string pod, string message) => $"The daemon on {node} (pod {pod}) did not answer: {message} The next Ready daemon was asked.";

    public static string MalformedMessage(string pod, string error) => $"The config dump of pod {pod} could not be read: {error}";


    public static string NotReady(string node) => $"{node} (not Ready)";
}
