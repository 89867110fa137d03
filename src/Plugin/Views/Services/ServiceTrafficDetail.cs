using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Mesh;
using Kmesh.Model.Traffic;
using Kmesh.Plugin.Views.Mesh;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Traffic;
using S = Kmesh.Plugin.Views.Services.ServicesStrings;

namespace Kmesh.Plugin.Views.Services;

/// <summary>An opened service: its traffic as one daemon saw it, with the rates chart; the user may read the daemon
/// of another node that runs one of its workloads (one daemon at a time, only while the page is visible).</summary>
public static class ServiceTrafficDetail
{
    public static ReactElement? Render(ServiceTrafficState state, MeshModel model)
    {
        ServiceRow? row = state.Selected;
        if (row is null) return null;
        NodeFeed feed = state.Picked.Pod.Length > 0 || state.PickedNode != state.Rows.Node ? state.Picked : state.Rows;
        TrafficFigures figures = ServiceTrafficCells.Figures(feed, row);
        TrafficReachKind reach = ServiceTrafficCells.Reach(feed, figures);
        var choices = new List<object?>();
        foreach (string node in Nodes(state.Rows.Node, row, model)) choices.Add(Mui.MenuItem(new MenuItemProps { Value = node, Key = node }, node));
        return TrafficRowParts.Frame(S.DetailTitle(row.Namespace, row.Hostname), () => state.Open(""),
            Mui.Box(new BoxProps { Display = "flex", Gap = 2, AlignItems = "center", FlexWrap = "wrap", Mb = 1 },
                Mui.TextField(new TextFieldProps
                {
                    Select = true,
                    Label = S.ReadNode,
                    Value = state.PickedNode,
                    Size = "small",
                    OnChange = e => state.Pick(e.Target.Value),
                }, choices.ToArray()),
                Ui.Secondary(S.OnlyThatNode)),
            TrafficRowParts.Section(feed, state.PickedNode, reach, figures, TrafficLookup.ServiceSeries(feed.Samples, row.Namespace, row.Name),
                S.ChartTitle, S.NoTrafficOn(state.PickedNode), null));
    }

    /// <summary>The rows' node first, then every other node that runs one of the service's workloads.</summary>
    private static List<string> Nodes(string first, ServiceRow row, MeshModel model)
    {
        var uids = new HashSet<string>();
        foreach (WorkloadLink workload in row.Workloads) uids.Add(workload.Uid);
        var nodes = new List<string>();
        if (first.Length > 0) nodes.Add(first);
        foreach (WorkloadRow workload in model.Workloads)
        {
            if (uids.Contains(workload.Uid) && workload.Node.Length > 0 && !nodes.Contains(workload.Node)) nodes.Add(workload.Node);
        }
        return nodes;
    }
}
