using System.Collections.Generic;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Mesh;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Mesh;

/// <summary>What a mesh view reads: the daemon pods, the node asked (from the URL), the load, and the joined model.</summary>
public sealed class MeshState
{
    public MeshState(ListState<V1Pod> daemons, DaemonFacts facts, List<DaemonCandidate> order, ReactElement nodePicker, string requestedNode,
        MeshLoad? load, MeshModel? model, System.Action refresh)
    {
        NodePicker = nodePicker;
        Daemons = daemons;
        Facts = facts;
        Order = order;
        RequestedNode = requestedNode;
        Load = load;
        Model = model;
        Refresh = refresh;
    }

    public ListState<V1Pod> Daemons { get; }
    /// <summary>What the daemon list says, computed once per list change (thousands of daemons in a large cluster).</summary>
    public DaemonFacts Facts { get; }
    /// <summary>The daemons this load asks, in order.</summary>
    public List<DaemonCandidate> Order { get; }
    public string RequestedNode { get; }
    /// <summary>The load for the current cluster and node, or null while it is being read.</summary>
    public MeshLoad? Load { get; }
    /// <summary>The joined rows once a dump was read; memoised per load and Gateway list.</summary>
    public MeshModel? Model { get; }
    /// <summary>The node picker (memoised: thousands of nodes in a large cluster).</summary>
    public ReactElement NodePicker { get; }
    public System.Action Refresh { get; }
}

/// <summary>The daemon list as the mesh views need it: the pods, whether all run kernel-native, the Ready nodes.</summary>
public sealed record DaemonFacts(List<V1Pod> Pods, bool KernelNative, List<string> ReadyNodes);

/// <summary>The hook every mesh view starts with: one config dump from one daemon (the one the URL names, else the
/// first Ready one, falling back to the next Ready one), shared across the views, joined once per answer.</summary>
public static class MeshSource
{
    public static MeshState Use()
    {
        RouterLocation location = RouterHooks.UseLocation();
        RouterHistory history = RouterQuery.UseHistory();
        ListState<V1Pod> daemons = Lists.UseDaemonPods();
        ListState<Gateway> gateways = Lists.UseGateways();
        string cluster = HeadlampUtils.GetCluster() ?? "";
        string requested = MeshQueryString.Read(location.Search, MeshQueryString.NodeKey);
        var (load, setLoad) = React.UseState<MeshLoad?>(MeshFetch.Cached(cluster, requested));
        var (generation, setGeneration) = React.UseState<int>(0);
        bool listed = daemons.Items is not null;
        DaemonFacts facts = React.UseMemo(() =>
        {
            List<V1Pod> pods = Lists.Json(daemons);
            return new DaemonFacts(pods, MeshDaemons.AllKernelNative(pods), MeshDaemons.ReadyNodes(pods));
        }, new object?[] { daemons.Items, Tr.Language });
        bool kernelNative = facts.KernelNative;
        List<DaemonCandidate> order = React.UseMemo(() => listed ? MeshDaemons.Order(facts.Pods, requested) : new List<DaemonCandidate>(),
            new object?[] { facts, requested, Tr.Language });
        var orderPods = new List<string>();
        foreach (DaemonCandidate candidate in order) orderPods.Add(candidate.Pod);
        string orderKey = string.Join(",", orderPods);
        React.UseEffect(() =>
        {
            var request = new Request();
            MeshLoad? cached = generation == 0 ? MeshFetch.Cached(cluster, requested) : null;
            if (cached is not null) setLoad(cached);
            else if (listed && !kernelNative && order.Count > 0) _ = MeshFetch.Run(cluster, requested, order, request, setLoad);
            return () => request.Cancelled = true;
        }, new object?[] { cluster, requested, orderKey, generation, kernelNative, listed });

        MeshLoad? current = load is not null && load.Cluster == cluster && load.RequestedNode == requested ? load : null;
        bool gatewaysRead = gateways.Items is not null;
        MeshModel? model = React.UseMemo<MeshModel?>(() =>
            current?.Dump is null ? null : MeshJoins.Build(current.Dump, gatewaysRead ? Lists.Json(gateways) : null),
            new object?[] { current?.Dump, gateways.Items, Tr.Language });

        string path = location.Pathname;
        System.Action<string> chooseNode = node => history.Replace(path + MeshQueryString.Build(node, ""));
        string selected = current is not null && current.Node.Length > 0 ? current.Node
            : requested.Length > 0 || order.Count == 0 ? requested : order[0].Node;
        // A large cluster offers thousands of nodes: the picker is rebuilt only when they or the selection change.
        ReactElement picker = React.UseMemo(() => MeshFrame.NodePicker(facts.ReadyNodes, selected, chooseNode), new object?[] { facts, selected, path, Tr.Language });
        return new MeshState(daemons, facts, order, picker, requested, current, model, () => setGeneration(generation + 1));
    }
}
