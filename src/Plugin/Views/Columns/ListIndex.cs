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
    private static object? namespacesItems;
    private static string? namespacesCluster;
    private static Known<Dictionary<string, V1Namespace>> namespaces = Known<Dictionary<string, V1Namespace>>.Loading(Unknowns.Loading);
    private static object? podsItems;
    private static string? podsCluster;
    private static Known<Dictionary<string, List<V1Pod>>> pods = Known<Dictionary<string, List<V1Pod>>>.Loading(Unknowns.Loading);

    /// <summary>Namespaces by name (a hook: reads Headlamp's namespace list, the one its namespace filter reads).</summary>
    public static Known<Dictionary<string, V1Namespace>> UseNamespaces()
    {
        ListState<V1Namespace> state = Lists.UseNamespaces();
        string? cluster = HeadlampUtils.GetCluster();
        object? marker = (object?)state.Items ?? state.Error;
        if (marker is null || !ReferenceEquals(marker, namespacesItems) || cluster != namespacesCluster)
        {
            Known<IReadOnlyList<V1Namespace>> known = Sources.Of(state, "namespaces", null, null);
            namespaces = known.IsKnown ? Known<Dictionary<string, V1Namespace>>.Of(MembershipRules.ByName(known.Value!)) : known.As<Dictionary<string, V1Namespace>>();
            namespacesItems = marker;
            namespacesCluster = cluster;
        }
        return namespaces;
    }

    /// <summary>Pods by namespace (a hook: one cluster-wide pod list).</summary>
    public static Known<Dictionary<string, List<V1Pod>>> UsePods()
    {
        ListState<V1Pod> state = Lists.UseAllPods();
        string? cluster = HeadlampUtils.GetCluster();
        object? marker = (object?)state.Items ?? state.Error;
        if (marker is null || !ReferenceEquals(marker, podsItems) || cluster != podsCluster)
        {
            Known<IReadOnlyList<V1Pod>> known = Sources.Of(state, "pods", null, null);
            pods = known.IsKnown ? Known<Dictionary<string, List<V1Pod>>>.Of(MembershipRules.ByNamespace(known.Value!)) : known.As<Dictionary<string, List<V1Pod>>>();
            podsItems = marker;
            podsCluster = cluster;
        }
        return pods;
    }

    /// <summary>The latest namespace index of the current cluster (unknown until a cell has read the list).</summary>
    public static Known<Dictionary<string, V1Namespace>> Namespaces() =>
        namespacesCluster == HeadlampUtils.GetCluster() ? namespaces : Known<Dictionary<string, V1Namespace>>.Loading(Unknowns.Loading);

    public static Known<Dictionary<string, List<V1Pod>>> Pods() =>
        podsCluster == HeadlampUtils.GetCluster() ? pods : Known<Dictionary<string, List<V1Pod>>>.Loading(Unknowns.Loading);
}
