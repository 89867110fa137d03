using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Mesh;
using Kmesh.Model.Traffic;
using Kmesh.Plugin.Views.Mesh;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Traffic;
using S = Kmesh.Plugin.Views.Services.ServicesStrings;
using T = Kmesh.Plugin.Views.Traffic.TrafficStrings;

namespace Kmesh.Plugin.Views.Services;

/// <summary>The Services view's traffic: what the daemon that gave the dump saw of each service, and for an opened
/// service, what the daemon of a node the user picks among its workloads' nodes saw.</summary>
public sealed record ServiceTrafficState(NodeFeed Rows, NodeFeed Picked, ServiceRow? Selected, string PickedNode,
    System.Action<string> Open, System.Action<string> Pick);

public static class ServiceTrafficCells
{
    /// <summary>A hook (call unconditionally).</summary>
    public static ServiceTrafficState Use(MeshState mesh)
    {
        var (selected, setSelected) = React.UseState<string>("");
        var (picked, setPicked) = React.UseState<string>("");
        IReadOnlyList<ServiceRow>? rows = mesh.Model?.Services;
        ServiceRow? row = React.UseMemo<ServiceRow?>(() => TrafficRowParts.Find(rows, selected, r => r.Key), new object?[] { rows, selected });
        string rowsNode = mesh.Load?.Dump is null ? "" : mesh.Load.Node;
        NodeFeed sampled = TrafficRowParts.UseNode(rowsNode, mesh.Facts.Pods);
        NodeFeed other = TrafficRowParts.UseNode(row is null || picked == rowsNode ? "" : picked, mesh.Facts.Pods);
        return new ServiceTrafficState(sampled, other, row, picked.Length == 0 ? rowsNode : picked,
            key => { setSelected(key); setPicked(""); }, setPicked);
    }

    /// <summary>The keys of the pods behind a service, for their retransmits and packet loss.</summary>
    public static List<string> PodKeys(ServiceRow row)
    {
        var keys = new List<string>();
        foreach (WorkloadLink workload in row.Workloads) keys.Add(TrafficKeys.Of(workload.Namespace, workload.Name));
        return keys;
    }

    public static TrafficFigures Figures(NodeFeed feed, ServiceRow row) => TrafficLookup.ServiceWithPods(feed.Samples, row.Namespace, row.Name, PodKeys(row));

    public static TrafficReachKind Reach(NodeFeed feed, TrafficFigures figures) => TrafficReach.Service(feed.Node, feed.Latest, feed.Failed, figures);

    /// <summary>The traffic column: each cell follows the samples live (see <see cref="LiveCell"/>), so it is not sortable.</summary>
    public static ListColumn<ServiceRow> Column(LiveValue<ServiceTrafficState> live) =>
        new ListColumn<ServiceRow>(T.ColTraffic, r => "", r => LiveCell.Of(live, () => live.Value is null ? null : Cell(live.Value, r)), false) { Width = "minmax(200px, 1.5fr)" };

    /// <summary>Whose view of the services the column shows, said once above the table, with the daemon's notices.</summary>
    public static ReactElement? Header(ServiceTrafficState state) => TrafficRowParts.Header(state.Rows, S.TrafficScope(state.Rows.Node, state.Rows.Pod));

    private static ReactElement Cell(ServiceTrafficState state, ServiceRow row)
    {
        TrafficFigures figures = Figures(state.Rows, row);
        return TrafficRowParts.WithDetails(TrafficRowParts.Cell(Reach(state.Rows, figures), figures, S.NotSampled, S.NoTrafficOn(state.Rows.Node)),
            () => state.Open(row.Key));
    }
}
