using Headlamp.Bindings;
using Kmesh.Model.Mesh;
using Kmesh.Model.Traffic;
using Kmesh.Plugin.Views.Mesh;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Traffic;
using S = Kmesh.Plugin.Views.Workloads.WorkloadsStrings;

namespace Kmesh.Plugin.Views.Workloads;

/// <summary>An opened workload: where it runs and its traffic as a server and as a client, with the rates chart,
/// from the daemon on its node (sampled only while the page is visible).</summary>
public static class WorkloadTrafficDetail
{
    public static ReactElement? Render(WorkloadTrafficState state)
    {
        WorkloadRow? row = state.Selected;
        if (row is null) return null;
        NodeFeed feed = WorkloadTrafficCells.FeedFor(state, row.Node) ?? state.Opened;
        TrafficFigures figures = WorkloadTrafficCells.Figures(feed, row);
        TrafficReachKind reach = row.Pod is null ? TrafficReachKind.NoTraffic : WorkloadTrafficCells.Reach(feed, row, figures);
        TrafficFigures outbound = TrafficLookup.WorkloadOutbound(feed.Samples, row.Namespace, row.WorkloadName);
        string outboundText = TrafficTables.Summary(outbound);
        var placement = CommonComponents.NameValueTable(new NameValueTableProps
        {
            Rows = new System.Collections.Generic.List<NameValueRow>
            {
                new NameValueRow { Name = S.ColName, Value = MeshLinks.Pod(row.Pod, row.Namespace + "/" + row.Name) },
                new NameValueRow { Name = S.ColWorkload, Value = Ui.Text(S.Kind(row.WorkloadName, row.WorkloadType)) },
                new NameValueRow { Name = S.ColNode, Value = MeshLinks.Node(row.Node) },
            },
        });
        ReactElement client = CommonComponents.NameValueTable(new NameValueTableProps
        {
            Rows = new System.Collections.Generic.List<NameValueRow>
            {
                new NameValueRow { Name = S.AsClient, Value = outboundText.Length == 0 ? Ui.Secondary(S.NoOutbound) : Ui.Text(outboundText) },
            },
        });
        return TrafficRowParts.Frame(S.DetailTitle(row.Namespace, row.Name), () => state.Open(""),
            placement,
            Mui.Typography(new TypographyProps { Variant = "subtitle1" }, S.AsServer),
            TrafficRowParts.Section(feed, row.Node, reach, figures, TrafficLookup.PodSeries(feed.Samples, row.Pod?.Namespace ?? "", row.Pod?.Name ?? ""),
                S.ChartTitle, row.Pod is null ? S.NotAPod : S.NoInbound, feed.Pod.Length == 0 ? null : client));
    }
}
