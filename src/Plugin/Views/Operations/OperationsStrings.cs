using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Operations;

/// <summary>Every user-visible text of the operations components (diagnosis, loggers, switches, waypoints).</summary>
public static class OperationsStrings
{
    public static string DiagnosisTitle => Tr.T("Daemon diagnosis");
    public static string ContainerState => Tr.T("Container state");
    public static string LastTermination => Tr.T("Last termination");
    public static string LastFinishedAt => Tr.T("Last termination finished at");
    public static string Restarts => Tr.T("Restarts");
    public static string LastRestart => Tr.T("Last restart");
    public static string NoTermination => Tr.T("none recorded");
    public static string NoContainerStatus => Tr.T("The API server reports no status for container kmesh yet.");
    public static string CurrentLog => Tr.T("Current container log (last 200 lines)");
    public static string PreviousLog => Tr.T("Previous container log (last 200 lines)");
    public static string LogLoading => Tr.T("Loading the log");
    public static string NoPrevious => Tr.T("There is no previous container: kmesh has not restarted.");
    public static string EmptyLog => Tr.T("The log is empty.");
    public static string SearchLog => Tr.T("Search the logs");
    public static string NoMatch => Tr.T("No line matches the search.");
    public static string FullLog => Tr.T("Open the pod in Headlamp (full log viewer)");
    public static string CauseTitle => Tr.T("Known cause");
    public static string CauseFix => Tr.T("Fix: ");
    public static string NoCause => Tr.T("No known failure signature was found in these log lines.");

    public static string LoggersTitle => Tr.T("Logger levels");
    public static string LoggersLoading => Tr.T("Reading the daemon's loggers");
    public static string ColLogger => Tr.T("Logger");
    public static string ColLevel => Tr.T("Current level");
    public static string ColChange => Tr.T("Change");
    public static string NewLevel => Tr.T("New level");
    public static string Scope => Tr.T("Apply to");
    public static string ThisNode => Tr.T("this node");
    public static string Change => Tr.T("Change");
    public static string LevelUnread => Tr.T("could not be read");

    public static string SwitchesTitle => Tr.T("Runtime switches");
    public static string ColSwitch => Tr.T("Switch");
    public static string ColEffect => Tr.T("What it controls");
    public static string ColState => Tr.T("State on this node");
    public static string ColEvidence => Tr.T("Indirect read");
    public static string TurnOn => Tr.T("Turn on");
    public static string TurnOff => Tr.T("Turn off");
    public static string SwitchesNote => Tr.T("The daemon accepts these switches but cannot report them: a state shown here was set from this page and is remembered, not read back.");

    public static string ReadOnlyNote => Tr.T("The plugin is in read-only mode: controls that change the cluster are hidden.");
    public static string Checking => Tr.T("Checking your permissions");

    public static string Confirm => Tr.T("Confirm and send");
    public static string Cancel => Tr.T("Cancel");
    public static string Close => Tr.T("Close");
    public static string RetryFailed => Tr.T("Retry the failed nodes");
    public static string NothingSent => Tr.T("Nothing has been sent yet.");
    public static string OnNodes => Tr.T("On these nodes:");
    public static string ColNode => Tr.T("Node");
    public static string ColPod => Tr.T("Daemon pod");
    public static string ColResult => Tr.T("Result");
    public static string ColDetail => Tr.T("Detail");
    public static string Sending => Tr.T("Sending");
    public static string Succeeded => Tr.T("Succeeded");
    public static string Rejected => Tr.T("Refused by the daemon");
    public static string Unreachable => Tr.T("Unreachable");
    public static string Failed => Tr.T("Failed");

    public static string CreateWaypoint => Tr.T("Create waypoint");
    public static string CreateWaypointTitle => Tr.T("Create a waypoint");
    public static string WaypointNamespace => Tr.T("Namespace");
    public static string WaypointName => Tr.T("Name");
    public static string WaypointFor => Tr.T("Waypoint for");
    public static string WaypointUse => Tr.T("Route through it");
    public static string UseNothing => Tr.T("nothing yet");
    public static string UseNamespace => Tr.T("the whole namespace (label the namespace)");
    public static string YamlPreview => Tr.T("What will be applied");
    public static string Apply => Tr.T("Apply");
    public static string DeleteWaypoint => Tr.T("Delete waypoint");
    public static string DeleteTitle => Tr.T("Delete this waypoint?");
    public static string Delete => Tr.T("Delete");
    public static string NoUsers => Tr.T("Nothing is labelled istio.io/use-waypoint for this waypoint.");
    public static string Created => Tr.T("created");
    public static string Labelled => Tr.T("labelled");
    public static string Deleted => Tr.T("deleted");

    public static string ClusterWide => Tr.T("cluster-wide");
    public static string PreviousLogName => Tr.T("previous");
    public static string CurrentLogName => Tr.T("current");

    public static string ReviewFailed(string resource, string scope) =>
        Tr.T("The access review for {{resource}} {{scope}} failed, so the control stays disabled.", "resource", resource, "scope", scope);

    public static string LogForbidden(string ns) => Tr.T("Your account may not read pod logs in {{ns}}: grant \"get\" on \"pods/log\" there.", "ns", ns);

    public static string LogFailed(int status, string error) => Tr.T("The log could not be read ({{status}}): {{error}}", "status", status, "error", error);

    public static string AllNodes(int count) => Tr.T("all {{count}} nodes", "count", count);

    public static string Missing(string verb, string resource, string scope) =>
        Tr.T("Not allowed: your account may not {{verb}} {{resource}} {{scope}}. Ask for the verb \"{{verb}}\" on \"{{resource}}\" {{scope}}.", "verb", verb, "resource", resource, "scope", scope);

    public static string SwitchChange(string verb, string path, string effect) => Tr.T("{{verb}}: POST {{path}} to the Kmesh daemon ({{effect}}).", "verb", verb, "path", path, "effect", effect);

    public static string LoggerChange(string logger, string level) => Tr.T("Set logger \"{{logger}}\" to level \"{{level}}\": POST /debug/loggers with {{body}}.", "logger", logger, "level", level, "body", "{\"name\":\"" + logger + "\",\"level\":\"" + level + "\"}");

    public static string NodeLine(string node, string pod) => Tr.T("{{node}} (daemon pod {{pod}})", "node", node, "pod", pod);

    public static string FinishedAtValue(string at) => at.Length == 0 ? NoTermination : at;

    public static string CauseLine(int number, string which, string text) => Tr.T("Line {{number}} of the {{which}} log: {{text}}", "number", number, "which", which, "text", text);

    public static string UsersUnknown(string why) => Tr.T("What still uses this waypoint could not be determined ({{why}}); check istio.io/use-waypoint labels before deleting.", "why", why);

    public static string DeleteChange(string ns, string name) => Tr.T("DELETE Gateway {{ns}}/{{name}} (gateway.networking.k8s.io/v1).", "ns", ns, "name", name);

    // The switches' indirect read-back.
    public static string ReadMetricsAgain => Tr.T("Read the metrics again");
    public static string MetricsNotReadYet => Tr.T("Reading the daemon's metrics");
    public static string NoTail => Tr.T("The log tail could not be read.");
    public static string NoIndirectRead => Tr.T("No indirect read exists for this switch.");
    public static string MetricsUnreadable(string why) => Tr.T("The metrics could not be read: {{why}}", "why", why);
    public static string MetricsRead(string at, string prefix, bool seen) =>
        seen ? Tr.T("Metrics read at {{at}}: {{prefix}}* series present.", "at", at, "prefix", prefix) : Tr.T("Metrics read at {{at}}: no {{prefix}}* series.", "at", at, "prefix", prefix);
    public static string TailRead(int lines) => lines == 0 ? Tr.T("Log tail: no access-log line.")
        : lines == 1 ? Tr.T("Log tail: 1 access-log line.") : Tr.T("Log tail: {{lines}} access-log lines.", "lines", lines);
    public static string VerdictLabel(string value, string kind) => kind switch
    {
        "confirmed" => Tr.T("{{value}} (confirmed)", "value", ValueWord(value)),
        "contradicted" => Tr.T("{{value}}? (contradicted)", "value", ValueWord(value)),
        "read" => Tr.T("{{value}} (read)", "value", ValueWord(value)),
        "remembered" => Tr.T("{{value}} (remembered)", "value", ValueWord(value)),
        _ => ValueWord(value),
    };

    /// <summary>A switch's value (the verdict's code: on, off, unknown) in words.</summary>
    private static string ValueWord(string value) => value switch
    {
        "on" => Tr.T("on"),
        "off" => Tr.T("off"),
        _ => Tr.T("unknown"),
    };

    public static string NoAnswer => Tr.T("no answer");

    /// <summary>A daemon failure's message followed by its hint.</summary>
    public static string Failure(string message, string hint) => Tr.T("{{message}} {{more}}", "message", message, "more", hint);
}
