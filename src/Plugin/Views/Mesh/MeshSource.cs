using System.Collections.Generic;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Mesh;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Views.Shared;

namespace Kmesh.Plugin.Views.Mesh;

/// <summary>What a mesh view reads: the daemon pods, the node asked (from the URL), the load, and the joined model.</summary>
public sealed class MeshState
{
    public MeshState(ListState<V1Pod> daemons, List<V1Pod> daemonPods, string requestedNode, string initialSearch, MeshLoad? load,
        MeshModel? model, System.Action<string> chooseNode, System.Action<string> writeSearch, System.Action refresh)
    {
        Daemons = daemons;
        DaemonPods = daemonPods;
        RequestedNode = requestedNode;
        InitialSearch = initialSearch;
        Load = load;
        Model = model;
        ChooseNode = chooseNode;
        WriteSearch = writeSearch;
        Refresh = refresh;
    }

    public ListState<V1Pod> Daemons { get; }
    public List<V1Pod> DaemonPods { get; }
    public string RequestedNode { get; }
    public string InitialSearch { get; }
    /// <summary>The load for the current cluster and node, or null while it is being read.</summary>
    public MeshLoad? Load { get; }
    /// <summary>The joined rows once a dump was read; memoised per load and Gateway list.</summary>
    public MeshModel? Model { get; }
    public System.Action<string> ChooseNode { get; }
    public System.Action<string> WriteSearch { get; }
    public System.Action Refresh { get; }
}

/// <summary>The hook every mesh view starts with: one config dump from one daemon (the one the URL names, else the
/// first Ready one, falling back to the next Ready one), shared across the views, joined once per answer.</summary>
public static class MeshSource
{
    public static MeshState Use()
    {
        RouterLocation location = RouterHooks.UseLocation();
        RouterHistory history = RouterHooks.UseHistory();
        ListState<V1Pod> daemons = Lists.UseDaemonPods();
        ListState<Gateway> gateways = Lists.UseGateways();
        string cluster = HeadlampUtils.GetCluster() ?? "";
        string requested = MeshQueryString.Read(location.Search, MeshQueryString.NodeKey);
        string search = MeshQueryString.Read(location.Search, MeshQueryString.SearchKey);
        var (load, setLoad) = React.UseState<MeshLoad?>(MeshFetch.Cached(cluster, requested));
        var (generation, setGeneration) = React.UseState<int>(0);
        List<V1Pod> pods = Lists.Json(daemons);
        bool listed = daemons.Items is not null;
        bool kernelNative = MeshDaemons.AllKernelNative(pods);
        List<DaemonCandidate> order = listed ? MeshDaemons.Order(pods, requested) : new List<DaemonCandidate>();
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
            new object?[] { current?.Dump, gateways.Items });

        string path = location.Pathname;
        return new MeshState(daemons, pods, requested, search, current, model,
            node => history.Replace(path + MeshQueryString.Build(node, search)),
            text => history.Replace(path + MeshQueryString.Build(requested, text)),
            () => setGeneration(generation + 1));
    }
}
