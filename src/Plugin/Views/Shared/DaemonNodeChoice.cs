using System.Collections.Generic;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Plugin.Views.Settings;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>A per-node view's node choice: the picker's node names (read a page at a time, see
/// <see cref="DaemonNodeNames"/>) and the chosen node's daemon pod, listed and watched on its own, so the view never
/// holds every daemon pod of a large cluster. <see cref="Names"/> are every daemon's node (or why they are unknown),
/// <see cref="Nodes"/> the ones the picker offers.</summary>
public sealed record NodeChoice(string Node, Known<IReadOnlyList<string>> Names, Known<IReadOnlyList<V1Pod>> OnNode, V1Pod? Pod, List<string> Nodes);

public static class DaemonNodeChoice
{
    /// <summary>A hook. <paramref name="kernelNativeOnly"/> offers only nodes whose daemon runs in kernel-native mode.</summary>
    public static NodeChoice Use(string node, bool kernelNativeOnly)
    {
        string ns = KmeshConfig.Current().Namespace;
        Known<DaemonNodeList>? list = DaemonNodeNames.UseList();
        Known<IReadOnlyList<string>> all = React.UseMemo(() => DaemonNodeNames.Names(list, false), new object?[] { list });
        Known<IReadOnlyList<string>> names = React.UseMemo(() => DaemonNodeNames.Names(list, kernelNativeOnly), new object?[] { list, kernelNativeOnly });
        Known<IReadOnlyList<V1Pod>> onNode = Sources.UseKnown(Lists.UseDaemonOn(node), "pods", ns, null);
        V1Pod? pod = node.Length == 0 || !onNode.IsKnown ? null : DaemonHealthRules.DaemonOnNode(node, onNode.Value!);
        List<string> nodes = React.UseMemo(() => PickerNodes(names, node), new object?[] { names, node });
        return new NodeChoice(node, all, onNode, pod, nodes);
    }

    /// <summary>What the view shows instead of its page, or null: without a node, whether the names could be read; with
    /// one, whether its daemon's list could; and "not installed" when there is no daemon at all.</summary>
    public static ReactElement? Gate(NodeChoice choice, string title)
    {
        if (choice.Node.Length == 0 && !choice.Names.IsKnown) return SourceUi.Section<string>(title, choice.Names, SharedStrings.Loading, null, _ => null);
        if (choice.Node.Length > 0 && !choice.OnNode.IsKnown) return SourceUi.Section<V1Pod>(title, choice.OnNode, SharedStrings.Loading, null, _ => null);
        if (choice.Pod is null && choice.Names.IsKnown && choice.Names.Value!.Count == 0) return Ui.NotInstalled(title);
        return null;
    }

    /// <summary>With a node chosen, why the other nodes are not offered (the names could not be read), or null.</summary>
    public static ReactElement? Warnings(NodeChoice choice) => choice.Node.Length == 0 ? null : SourceUi.Warnings(choice.Names.Gap);

    /// <summary>The picker's nodes: the names read, else (while they load or when they cannot be read) the chosen one.</summary>
    private static List<string> PickerNodes(Known<IReadOnlyList<string>> names, string chosen)
    {
        if (names.IsKnown) return new List<string>(names.Value!);
        return chosen.Length == 0 ? new List<string>() : new List<string> { chosen };
    }
}
