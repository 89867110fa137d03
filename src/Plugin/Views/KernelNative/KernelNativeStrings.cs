namespace Kmesh.Plugin.Views.KernelNative;

/// <summary>Every user-visible text of the kernel-native comparison view.</summary>
public static class KernelNativeStrings
{
    public const string Title = "Kernel-native config vs BPF";
    public const string Subtitle = "The xDS configuration the daemon received, next to what it reads back from its BPF maps";
    public const string NodeLabel = "Node";
    public const string ChooseNode = "Choose a node running Kmesh in kernel-native mode. Only that node's daemon is contacted.";
    public const string NoKernelNative = "No daemon in this cluster runs in kernel-native mode; this comparison applies to kernel-native daemons only.";
    public const string Loading = "Reading the config dump and the BPF read-back";
    public const string DaemonUnreachable = "The daemon's admin API could not be reached";
    public const string WrongMode = "This node's daemon does not run in kernel-native mode";
    public const string MalformedConfig = "The daemon's config dump could not be read";
    public const string MalformedBpf = "The daemon's BPF read-back could not be read";
    public const string AllAgree = "Every listener and cluster in the config is in BPF, alike, and BPF holds nothing else.";
    public const string RoutesNotReadBack = "This Kmesh version does not read routes back from BPF, so routes are listed from the config only.";
    public const string Listeners = "Listeners";
    public const string Clusters = "Clusters";
    public const string Routes = "Routes";
    public const string ColName = "Name";
    public const string ColState = "In BPF";
    public const string ColConfig = "Config (decoded)";
    public const string ColBpf = "BPF (decoded)";
    public const string Same = "matches";
    public const string ConfigOnly = "missing from BPF";
    public const string BpfOnly = "only in BPF";
    public const string NotReadBack = "not read back";
    public const string ConfigOnlyReason = "In the config but not programmed into the BPF maps.";
    public const string BpfOnlyReason = "In the BPF maps but no longer in the config (left behind).";

    public static string Differs(string fields) => $"differs: {fields}";
    public static string Flagged(int count) => count == 1 ? "1 entry differs between the config and BPF." : $"{count} entries differ between the config and BPF.";
    public static string Via(string strategy) => $"Read through {strategy}";
    public static string TabLabel(string kind, int flagged) => flagged == 0 ? kind : $"{kind} ({flagged})";
}
