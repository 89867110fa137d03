namespace Kmesh.Plugin.Views.Settings;

/// <summary>The plugin settings page's user-visible strings.</summary>
public static class SettingsStrings
{
    public const string Title = "Kmesh connection";
    public const string Intro = "Where Kmesh runs in your clusters and how this plugin may reach its daemons. Every Kmesh view, column, section and map reads these; an empty field uses the default shown under it.";
    public const string Namespace = "Kmesh namespace";
    public const string Selector = "Daemon label selector";
    public const string Container = "Daemon container name";
    public const string AdminPort = "Admin port";
    public const string MetricsPort = "Metrics port";
    public const string AllowExec = "Allow the exec fallback (runs curl or bash inside the daemon container; needs \"create\" on pods/exec)";
    public const string ReadOnly = "Read-only: hide every control that changes the cluster or the Kmesh daemons (runtime switches, logger levels, waypoints)";
    public const string ExecOff = "Exec is off: the admin API is tried only through the API server's pod proxy, which a stock Kmesh refuses (it binds localhost), so node pages, eBPF maps and switches will say why they cannot read.";
    public static string DefaultIs(string value) => $"Default: {value}";
    public static string InForce(string ns, string selector, string container, int admin, int metrics) =>
        $"In force: namespace {ns}, daemons {selector}, container {container}, admin port {admin}, metrics port {metrics}.";
}
