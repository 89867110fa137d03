using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Mesh;
using Kmesh.Model.Traffic;
using Kmesh.Plugin.Views.Mesh;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Traffic;
using S = Kmesh.Plugin.Views.Workloads.WorkloadsStrings;
using T = Kmesh.Plugin.Views.Traffic.TrafficStrings;

namespace Kmesh.Plugin.Views.Workloads;

/// <summary>The Workloads view's traffic: the daemon that gave the dump is sampled for the rows on its node; opening
/// a workload on another node samples that node's daemon too. No other daemon is asked.</summary>
public sealed record WorkloadTrafficState(NodeFeed Rows, NodeFeed Opened, WorkloadRow? Selected, System.Action<string> Open);

public static class WorkloadTrafficCells
{
    /// <summary>A hook (call unconditionally).</summary>
    public static WorkloadTrafficState Use(MeshState mesh)
    {
        var (selected, setSelected) = React.UseState<string>("");
        IReadOnlyList<WorkloadRow>? rows = mesh.Model?.Workloads;
        WorkloadRow? row = React.UseMemo<WorkloadRow?>(() => TrafficRowParts.Find(rows, selected, r => r.Uid), new object?[] { rows, selected });
        string rowsNode = mesh.Load?.Dump is null ? "" : mesh.Load.Node;
        NodeFeed sampled = TrafficRowParts.UseNode(rowsNode, mesh.Facts.Pods);
        NodeFeed opened = TrafficRowParts.UseNode(row is null || row.Node == rowsNode ? "" : row.Node, mesh.Facts.Pods);
        return new WorkloadTrafficState(sampled, opened, row, setSelected);
    }

    /// <summary>The feed whose daemon sees <paramref name="node"/>'s pods, if one is sampled.</summary>
    public static NodeFeed? FeedFor(WorkloadTrafficState state, string node)
    {
        if (node.Length == 0) return null;
        if (state.Rows.Node == node) return state.Rows;
        return state.Opened.Node == node ? state.Opened : null;
    }

    /// <summary>The figures of a workload as a server (its pod's inbound traffic).</summary>
    public static TrafficFigures Figures(NodeFeed? feed, WorkloadRow row) =>
        feed is null || row.Pod is null ? new TrafficFigures(null, null) : TrafficLookup.PodInbound(feed.Samples, row.Pod.Namespace, row.Pod.Name);

    public static TrafficReachKind Reach(NodeFeed? feed, WorkloadRow row, TrafficFigures figures) =>
        feed is null ? TrafficReachKind.NotSampled : TrafficReach.Pod(row.Node, feed.Node, feed.Latest, feed.Failed, figures);

    /// <summary>The traffic column: each cell follows the samples live (see <see cref="LiveCell"/>), so it is not sortable.</summary>
    public static ListColumn<WorkloadRow> Column(LiveValue<WorkloadTrafficState> live) =>
        new ListColumn<WorkloadRow>(T.ColTraffic, r => "", r => LiveCell.Of(live, () => live.Value is null ? null : Cell(live.Value, r)), false) { Width = "minmax(200px, 1.5fr)" };

    /// <summary>What the rows' sampling covers, said once above the table, with the daemon's own notices.</summary>
    public static ReactElement? Header(WorkloadTrafficState state) => TrafficRowParts.Header(state.Rows, S.TrafficScope(state.Rows.Node, state.Rows.Pod));

    private static ReactElement Cell(WorkloadTrafficState state, WorkloadRow row)
    {
        NodeFeed? feed = FeedFor(state, row.Node);
        TrafficFigures figures = Figures(feed, row);
        TrafficReachKind reach = row.Pod is null && feed is not null ? TrafficReachKind.NoTraffic : Reach(feed, row, figures);
        return TrafficRowParts.WithDetails(TrafficRowParts.Cell(reach, figures, S.NotSampled(row.Node), row.Pod is null ? S.NotAPod : S.NoInbound),
            () => state.Open(row.Uid));
    }
}
