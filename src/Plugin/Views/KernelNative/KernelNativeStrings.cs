using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.KernelNative;

/// <summary>Every user-visible text of the kernel-native comparison view.</summary>
public static class KernelNativeStrings
{
    public static string Title => Tr.T("Kernel-native config vs BPF");
    public static string Subtitle => Tr.T("The xDS configuration the daemon received, next to what it reads back from its BPF maps");
    public static string NodeLabel => Tr.T("Node");
    public static string ChooseNode => Tr.T("Choose a node running Kmesh in kernel-native mode. Only that node's daemon is contacted.");
    public static string NoKernelNative => Tr.T("No daemon in this cluster runs in kernel-native mode; this comparison applies to kernel-native daemons only.");
    public static string Loading => Tr.T("Reading the config dump and the BPF read-back");
    public static string DaemonUnreachable => Tr.T("The daemon's admin API could not be reached");
    public static string WrongMode => Tr.T("This node's daemon does not run in kernel-native mode");
    public static string MalformedConfig => Tr.T("The daemon's config dump could not be read");
    public static string MalformedBpf => Tr.T("The daemon's BPF read-back could not be read");
    public static string AllAgree => Tr.T("Every listener and cluster in the config is in BPF, alike, and BPF holds nothing else.");
    public static string RoutesNotReadBack => Tr.T("This Kmesh version does not read routes back from BPF, so routes are listed from the config only.");
    public static string Listeners => Tr.T("Listeners");
    public static string Clusters => Tr.T("Clusters");
    public static string Routes => Tr.T("Routes");
    public static string ColName => Tr.T("Name");
    public static string ColState => Tr.T("In BPF");
    public static string ColConfig => Tr.T("Config (decoded)");
    public static string ColBpf => Tr.T("BPF (decoded)");
    public static string Same => Tr.T("matches");
    public static string ConfigOnly => Tr.T("missing from BPF");
    public static string BpfOnly => Tr.T("only in BPF");
    public static string NotReadBack => Tr.T("not read back");
    public static string ConfigOnlyReason => Tr.T("In the config but not programmed into the BPF maps.");
    public static string BpfOnlyReason => Tr.T("In the BPF maps but no longer in the config (left behind).");

    public static string Differs(string fields) => Tr.T("differs: {{fields}}", "fields", fields);
    public static string Flagged(int count) => count == 1 ? Tr.T("1 entry differs between the config and BPF.") : Tr.T("{{count}} entries differ between the config and BPF.", "count", count);
    public static string Via(string strategy) => Tr.T("Read through {{strategy}}", "strategy", strategy);
    public static string TabLabel(string kind, int flagged) => flagged == 0 ? kind : $"{kind} ({flagged})";
}
