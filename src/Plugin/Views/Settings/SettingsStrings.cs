using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Settings;

/// <summary>The plugin settings page's user-visible strings.</summary>
public static class SettingsStrings
{
    public static string Title => Tr.T("Kmesh connection");
    public static string Intro => Tr.T("Where Kmesh runs in your clusters and how this plugin may reach its daemons. Every Kmesh view, column, section and map reads these; an empty field uses the default shown under it.");
    public static string Namespace => Tr.T("Kmesh namespace");
    public static string Selector => Tr.T("Daemon label selector");
    public static string Container => Tr.T("Daemon container name");
    public static string AdminPort => Tr.T("Admin port");
    public static string MetricsPort => Tr.T("Metrics port");
    public static string AllowExec => Tr.T("Allow the exec fallback (runs curl or bash inside the daemon container; needs \"create\" on pods/exec)");
    public static string ReadOnly => Tr.T("Read-only: hide every control that changes the cluster or the Kmesh daemons (runtime switches, logger levels, waypoints)");
    public static string ExecOff => Tr.T("Exec is off: the admin API is tried only through the API server's pod proxy, which a stock Kmesh refuses (it binds localhost), so node pages, eBPF maps and switches will say why they cannot read.");
    public static string DefaultIs(string value) => Tr.T("Default: {{value}}", "value", value);
    public static string InForce(string ns, string selector, string container, int admin, int metrics) =>
        Tr.T("In force: namespace {{ns}}, daemons {{selector}}, container {{container}}, admin port {{admin}}, metrics port {{metrics}}.", "ns", ns, "selector", selector, "container", container, "admin", admin, "metrics", metrics);
}
