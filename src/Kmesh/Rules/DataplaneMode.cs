using System.Collections.Generic;
using k8s.Models;

namespace Kmesh.Model.Rules;

/// <summary>The mode a daemon runs: <see cref="Mode"/> is <c>dual-engine</c>, <c>kernel-native</c> or whatever
/// unknown value the args carry; <see cref="FromArgs"/> is false when the default applied.</summary>
public sealed record DaemonMode(string Mode, bool FromArgs)
{
    public const string DualEngine = "dual-engine";
    public const string KernelNative = "kernel-native";

    public bool IsDualEngine => Mode == DualEngine;
    public bool IsKernelNative => Mode == KernelNative;
}

public static class DataplaneModeRules
{
    /// <summary>KMESH.md §5: the first <c>--mode[= ](\S+)</c> over the container args joined with spaces (the
    /// DaemonSet passes one shell string); default dual-engine. Old names map to new ones (workload → dual-engine,
    /// ads → kernel-native) and surrounding quotes are dropped.</summary>
    public static DaemonMode FromPod(V1Pod pod)
    {
        var parts = new List<string>();
        IList<V1Container>? containers = pod.Spec?.Containers;
        if (containers is not null && JsonTypes.IsList(containers))
        {
            foreach (V1Container container in containers)
            {
                if (container is null) continue;
                AddTexts(parts, container.Command);
                AddTexts(parts, container.Args);
            }
        }
        return FromArgs(string.Join(" ", parts));
    }

    /// <summary>The list's strings; a member of the wrong JSON type adds nothing (never its characters).</summary>
    private static void AddTexts(List<string> parts, IList<string>? list)
    {
        if (list is null || !JsonTypes.IsList(list)) return;
        foreach (string part in list)
        {
            if (part is not null && JsonTypes.IsText(part)) parts.Add(part);
        }
    }

    public static DaemonMode FromArgs(string joinedArgs)
    {
        const string flag = "--mode";
        int from = 0;
        while (true)
        {
            int at = joinedArgs.IndexOf(flag, from, System.StringComparison.Ordinal);
            if (at < 0) return new DaemonMode(DaemonMode.DualEngine, false);
            int separator = at + flag.Length;
            if (separator < joinedArgs.Length && (joinedArgs[separator] == '=' || joinedArgs[separator] == ' '))
            {
                int start = separator + 1;
                int end = start;
                while (end < joinedArgs.Length && !IsWhitespace(joinedArgs[end])) end++;
                if (end > start) return new DaemonMode(Normalize(joinedArgs.Substring(start, end - start)), true);
            }
            from = at + 1;
        }
    }

    private static bool IsWhitespace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';

    private static string Normalize(string value)
    {
        string mode = value;
        if (mode.Length >= 2 && (mode[0] == '"' || mode[0] == '\'') && mode[mode.Length - 1] == mode[0])
        {
            mode = mode.Substring(1, mode.Length - 2);
        }
        if (mode == "workload") return DaemonMode.DualEngine;
        if (mode == "ads") return DaemonMode.KernelNative;
        return mode;
    }
}
