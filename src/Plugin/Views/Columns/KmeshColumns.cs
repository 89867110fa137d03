using System.Collections.Generic;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Membership;
using Kmesh.Model.Rules;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Columns.ColumnStrings;
using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Columns;

[ObjectLiteral]
public sealed class PodCellProps
{
    public KubeObject<V1Pod>? Pod { get; set; }
}

[ObjectLiteral]
public sealed class NamespaceCellProps
{
    public KubeObject<V1Namespace>? Namespace { get; set; }
}

/// <summary>The "Kmesh" column of Headlamp's Pods and Namespaces tables. A pod's verdict needs its namespace's labels
/// and a namespace's needs its pods: each table reads that one list (shared by every cell through Headlamp's query
/// cache), never one request per row. The verdict word is the column's value, so it sorts and filters.</summary>
public static class KmeshColumns
{
    public const string ProcessorId = "kmesh-membership-column";
    public const string ColumnId = "kmesh";
    public const string PodsTable = "headlamp-pods";
    public const string NamespacesTable = "headlamp-namespaces";

    public static IList<object> Process(TableColumnsArgs args)
    {
        var columns = new List<object>(args.Columns);
        if (args.Id == PodsTable)
        {
            columns.Add(new ResourceTableColumn<KubeObject<V1Pod>>
            {
                Id = ColumnId,
                Label = S.Label,
                GridTemplate = "min-content",
                GetValue = PodWord,
                Sort = (a, b) => string.CompareOrdinal(PodWord(a), PodWord(b)),
                Render = pod => El.Component<PodCellProps>(PodCellComponent, new PodCellProps { Pod = pod }),
            });
        }
        else if (args.Id == NamespacesTable)
        {
            columns.Add(new ResourceTableColumn<KubeObject<V1Namespace>>
            {
                Id = ColumnId,
                Label = S.Label,
                GridTemplate = "min-content",
                GetValue = NamespaceWord,
                Sort = (a, b) => string.CompareOrdinal(NamespaceWord(a), NamespaceWord(b)),
                Render = ns => El.Component<NamespaceCellProps>(NamespaceCellComponent, new NamespaceCellProps { Namespace = ns }),
            });
        }
        return columns;
    }

    /// <summary>The verdict word from the latest index: what the table filters by and, at the moment the user sorts,
    /// sorts by (the namespace or pod list may arrive after the rows).</summary>
    private static string PodWord(KubeObject<V1Pod> pod)
    {
        Known<Dictionary<string, V1Namespace>> namespaces = ListIndex.Namespaces();
        return PodWords.Get(pod, namespaces, () => MembershipRules.ForPod(pod.JsonData, namespaces).Word);
    }

    private static string NamespaceWord(KubeObject<V1Namespace> ns)
    {
        Known<Dictionary<string, List<V1Pod>>> pods = ListIndex.Pods();
        return NamespaceWords.Get(ns, pods, () => MembershipRules.ForNamespace(ns.JsonData, pods).Word);
    }

    // A sort compares each row many times (25,000 pods: about 750,000 comparisons): each row's word is computed once
    // per index version and language.
    private static readonly WordCache PodWords = new WordCache();
    private static readonly WordCache NamespaceWords = new WordCache();

    private sealed class WordCache
    {
        private readonly Dictionary<object, string> words = new Dictionary<object, string>();
        private object? index;
        private string language = "";

        public string Get(object row, object index, System.Func<string> compute)
        {
            if (!ReferenceEquals(index, this.index) || Tr.Language != language)
            {
                words.Clear();
                this.index = index;
                language = Tr.Language;
            }
            if (words.TryGetValue(row, out string? word)) return word;
            word = compute();
            words[row] = word;
            return word;
        }
    }

    // One function per cell kind: the same component type on every table render, so a cell keeps its state.
    private static readonly System.Func<PodCellProps, ReactElement?> PodCellComponent = PodCell;
    private static readonly System.Func<NamespaceCellProps, ReactElement?> NamespaceCellComponent = NamespaceCell;

    public static ReactElement? PodCell(PodCellProps props)
    {
        Tr.Use();
        Known<Dictionary<string, V1Namespace>> namespaces = ListIndex.UseNamespaces();
        return MembershipLabel.Render(MembershipRules.ForPod(props.Pod!.JsonData, namespaces));
    }

    public static ReactElement? NamespaceCell(NamespaceCellProps props)
    {
        Tr.Use();
        Known<Dictionary<string, List<V1Pod>>> pods = ListIndex.UsePods();
        return MembershipLabel.Render(MembershipRules.ForNamespace(props.Namespace!.JsonData, pods));
    }
}
