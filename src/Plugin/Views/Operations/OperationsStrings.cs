namespace Kmesh.Plugin.Views.Operations;

/// <summary>Every user-visible text of the operations components (diagnosis, loggers, switches, waypoints).</summary>
public static class OperationsStrings
{
    public const string DiagnosisTitle = "Daemon diagnosis";
    public const string ContainerState = "Container state";
    public const string LastTermination = "Last termination";
    public const string LastFinishedAt = "Last termination finished at";
    public const string Restarts = "Restarts";
    public const string LastRestart = "Last restart";
    public const string NoTermination = "none recorded";
    public const string NoContainerStatus = "The API server reports no status for container kmesh yet.";
    public const string CurrentLog = "Current container log (last 200 lines)";
    public const string PreviousLog = "Previous container log (last 200 lines)";
    public const string LogLoading = "Loading the log";
    public const string NoPrevious = "There is no previous container: kmesh has not restarted.";
    public const string EmptyLog = "The log is empty.";
    public const string SearchLog = "Search the logs";
    public const string NoMatch = "No line matches the search.";
    public const string FullLog = "Open the pod in Headlamp (full log viewer)";
    public const string CauseTitle = "Known cause";
    public const string CauseFix = "Fix: ";
    public const string NoCause = "No known failure signature was found in these log lines.";

    public const string LoggersTitle = "Logger levels";
    public const string LoggersLoading = "Reading the daemon's loggers";
    public const string ColLogger = "Logger";
    public const string ColLevel = "Current level";
    public const string ColChange = "Change";
    public const string NewLevel = "New level";
    public const string Scope = "Apply to";
    public const string ThisNode = "this node";
    public const string Change = "Change";
    public const string LevelUnread = "could not be read";

    public const string SwitchesTitle = "Runtime switches";
    public const string ColSwitch = "Switch";
    public const string ColEffect = "What it controls";
    public const string ColState = "State on this node";
    public const string ColEvidence = "Indirect read";
    public const string TurnOn = "Turn on";
    public const string TurnOff = "Turn off";
    public const string SwitchesNote = "The daemon accepts these switches but cannot report them: a state shown here was set from this page and is remembered, not read back.";

    public const string ReadOnlyNote = "The plugin is in read-only mode: controls that change the cluster are hidden.";
    public const string Checking = "Checking your permissions";

    public const string Confirm = "Confirm and send";
    public const string Cancel = "Cancel";
    public const string Close = "Close";
    public const string RetryFailed = "Retry the failed nodes";
    public const string NothingSent = "Nothing has been sent yet.";
    public const string OnNodes = "On these nodes:";
    public const string ColNode = "Node";
    public const string ColPod = "Daemon pod";
    public const string ColResult = "Result";
    public const string ColDetail = "Detail";
    public const string Sending = "Sending";
    public const string Succeeded = "Succeeded";
    public const string Rejected = "Refused by the daemon";
    public const string Unreachable = "Unreachable";
    public const string Failed = "Failed";

    public const string CreateWaypoint = "Create waypoint";
    public const string CreateWaypointTitle = "Create a waypoint";
    public const string WaypointNamespace = "Namespace";
    public const string WaypointName = "Name";
    public const string WaypointFor = "Waypoint for";
    public const string WaypointUse = "Route through it";
    public const string UseNothing = "nothing yet";
    public const string UseNamespace = "the whole namespace (label the namespace)";
    public const string YamlPreview = "What will be applied";
    public const string Apply = "Apply";
    public const string DeleteWaypoint = "Delete waypoint";
    public const string DeleteTitle = "Delete this waypoint?";
    public const string Delete = "Delete";
    public const string NoUsers = "Nothing is labelled istio.io/use-waypoint for this waypoint.";
    public const string Created = "created";
    public const string Labelled = "labelled";
    public const string Deleted = "deleted";

    public static string AllNodes(int count) => $"all {count} nodes";

    public static string Missing(string verb, string resource, string scope) =>
        $"Not allowed: your account may not {verb} {resource} {scope}. Ask for the verb \"{verb}\" on \"{resource}\" {scope}.";

    public static string SwitchChange(string verb, string path, string effect) => $"{verb}: POST {path} to the Kmesh daemon ({effect}).";

    public static string LoggerChange(string logger, string level) => $"Set logger \"{logger}\" to level \"{level}\": POST /debug/loggers with {{\"name\":\"{logger}\",\"level\":\"{level}\"}}.";

    public static string NodeLine(string node, string pod) => $"{node} (daemon pod {pod})";

    public static string FinishedAtValue(string at) => at.Length == 0 ? NoTermination : at;

    public static string CauseLine(int number, string which, string text) => $"Line {number} of the {which} log: {text}";

    public static string UsersUnknown(string why) => $"What still uses this waypoint could not be determined ({why}); check istio.io/use-waypoint labels before deleting.";

    public static string DeleteChange(string ns, string name) => $"DELETE Gateway {ns}/{name} (gateway.networking.k8s.io/v1).";

    // The switches' indirect read-back.
    public const string ReadMetricsAgain = "Read the metrics again";
    public const string MetricsNotReadYet = "Reading the daemon's metrics";
    public const string NoTail = "The log tail could not be read.";
    public const string NoIndirectRead = "No indirect read exists for this switch.";
    public static string MetricsUnreadable(string why) => $"The metrics could not be read: {why}";
    public static string MetricsRead(string at, string prefix, bool seen) =>
        seen ? $"Metrics read at {at}: {prefix}* series present." : $"Metrics read at {at}: no {prefix}* series.";
    public static string TailRead(int lines) => lines == 0 ? "Log tail: no access-log line." : $"Log tail: {lines} access-log line{(lines == 1 ? "" : "s")}.";
    public static string VerdictLabel(string value, string kind) => kind == "confirmed" ? $"{value} (confirmed)"
        : kind == "contradicted" ? $"{value}? (contradicted)" : kind == "read" ? $"{value} (read)" : kind == "remembered" ? $"{value} (remembered)" : value;
}

