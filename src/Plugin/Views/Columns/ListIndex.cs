using System;
using System.Collections.Generic;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Membership;
using Kmesh.Model.Rules;
using Kmesh.Plugin.Views.Shared;

namespace Kmesh.Plugin.Views.Columns;

/// <summary>The one list each table's Kmesh column reads, indexed once per list version and cluster. The cells' hook
/// keeps it current; a column's sort value (a plain function, not a component) reads the latest index.</summary>
public static class ListIndex
{
    private static readonly Cached<V1Namespace, Dictionary<string, V1Namespace>> NamespacesByName = new Cached<V1Namespace, Dictionary<string, V1Namespace>>("namespaces", MembershipRules.ByName);
    private static readonly Cached<V1Pod, Dictionary<string, List<V1Pod>>> PodsByNamespace = new Cached<V1Pod, Dictionary<string, List<V1Pod>>>("pods", MembershipRules.ByNamespace);

    /// <summary>Namespaces by name (a hook: reads Headlamp's namespace list, the one its namespace filter reads).</summary>
    public static Known<Dictionary<string, V1Namespace>> UseNamespaces() => NamespacesByName.Update(Lists.UseNamespaces());

    /// <summary>Pods by namespace (a hook: one cluster-wide pod list).</summary>
    public static Known<Dictionary<string, List<V1Pod>>> UsePods() => PodsByNamespace.Update(Lists.UseAllPods());

    /// <summary>The latest namespace index of the current cluster (unknown until a cell has read the list).</summary>
    public static Known<Dictionary<string, V1Namespace>> Namespaces() => NamespacesByName.Latest();

    public static Known<Dictionary<string, List<V1Pod>>> Pods() => PodsByNamespace.Latest();

    /// <summary>An index of one list, rebuilt only when the list (or the cluster) changes.</summary>
    private sealed class Cached<TItem, TIndex>
    {
        private readonly string resource;
        private readonly Func<IReadOnlyList<TItem>, TIndex> build;
        private object? marker;
        private string? cluster;
        private Known<TIndex> value = Known<TIndex>.Loading(Unknowns.Loading);

        public Cached(string resource, Func<IReadOnlyList<TItem>, TIndex> build)
        {
            this.resource = resource;
            this.build = build;
        }

        public Known<TIndex> Update(ListState<TItem> state)
        {
            string? current = HeadlampUtils.GetCluster();
            object? now = (object?)state.Items ?? state.Error;
            if (now is null || !ReferenceEquals(now, marker) || current != cluster)
            {
                Known<IReadOnlyList<TItem>> known = Sources.Of(state, resource, null, null, null);
                value = known.IsKnown ? Known<TIndex>.Of(build(known.Value!)) : known.As<TIndex>();
                marker = now;
                cluster = current;
            }
            return value;
        }

        public Known<TIndex> Latest() => cluster == HeadlampUtils.GetCluster() ? value : Known<TIndex>.Loading(Unknowns.Loading);
    }
}
