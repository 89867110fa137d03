using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Mesh;
using Kmesh.Plugin.Views.Mesh;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Translations;
using S = Kmesh.Plugin.Views.Workloads.WorkloadsStrings;

namespace Kmesh.Plugin.Views.Workloads;

/// <summary>Every workload of the mesh from one daemon's config dump, linked to its Pod, node, waypoint, services
/// and policies; searchable, sortable and paged so 20,000 rows stay smooth.</summary>
public static class WorkloadsView
{
    public static ReactElement? Render()
    {
        MeshState mesh = MeshSource.Use();
        WorkloadTrafficState traffic = WorkloadTrafficCells.Use(mesh);
        var live = LiveValue<WorkloadTrafficState>.Use(traffic, new object?[] { traffic.Rows.Feed, traffic.Rows.Node, traffic.Opened.Feed, traffic.Opened.Node });
        List<ListColumn<WorkloadRow>> columns = React.UseMemo(() => WithTraffic(live), new object?[] { Tr.Language, live });
        ReactElement table = ListTable.Use(columns, mesh.Model?.Workloads ?? NoRows, r => r.SearchText, r => r.Uid + "|" + r.Namespace + "/" + r.Name, S.Empty);
        return MeshFrame.Render(S.Title, mesh, model => El.Fragment(
            WorkloadTrafficDetail.Render(traffic),
            WorkloadTrafficCells.Header(traffic),
            table));
    }

    private static List<ListColumn<WorkloadRow>> WithTraffic(LiveValue<WorkloadTrafficState> traffic)
    {
        List<ListColumn<WorkloadRow>> columns = Columns();
        columns.Add(WorkloadTrafficCells.Column(traffic));
        return columns;
    }

    private static readonly List<WorkloadRow> NoRows = new List<WorkloadRow>();

    /// <summary>Each column sorts by its text (the namespace and counts with a tie-breaker that orders them usefully).</summary>
    public static List<ListColumn<WorkloadRow>> Columns() => new List<ListColumn<WorkloadRow>>
    {
        new ListColumn<WorkloadRow>(S.ColName, r => r.Name, r => MeshLinks.Pod(r.Pod, r.Name), true) { Width = "minmax(150px, 1.3fr)" },
        new ListColumn<WorkloadRow>(S.ColNamespace, r => r.Namespace + "\n" + r.Name, r => Links.Namespace(r.Namespace), true, r => r.Namespace) { Width = "minmax(145px, 0.8fr)" },
        new ListColumn<WorkloadRow>(S.ColWorkload, r => r.WorkloadName + "\n" + r.WorkloadType, r => S.Kind(r.WorkloadName, r.WorkloadType), true) { Width = "minmax(130px, 1fr)" },
        new ListColumn<WorkloadRow>(S.ColNode, r => r.Node, r => MeshLinks.Node(r.Node), true, r => r.Node) { Width = "minmax(120px, 1fr)" },
        new ListColumn<WorkloadRow>(S.ColAddresses, r => r.Addresses, null, true) { Width = "min-content" },
        new ListColumn<WorkloadRow>(S.ColProtocol, r => r.Protocol, null, true, r => r.Protocol) { Width = "min-content" },
        new ListColumn<WorkloadRow>(S.ColWaypoint, r => r.Waypoint.Text, r => MeshLinks.Waypoint(r.Waypoint), true, r => r.Waypoint.Text) { Width = "minmax(120px, 0.8fr)" },
        new ListColumn<WorkloadRow>(S.ColServices, r => r.Services.Count == 0 ? "" : r.Services[0].Hostname, r => ServiceLinks(r), true) { Width = "minmax(150px, 1.2fr)" },
        new ListColumn<WorkloadRow>(S.ColStatus, r => r.Status, r => Ui.Status(r.Healthy ? "success" : "error", r.Healthy ? S.Healthy : S.Unhealthy, null), true, r => r.Healthy ? S.Healthy : S.Unhealthy) { Width = "min-content" },
        new ListColumn<WorkloadRow>(S.ColPolicies, r => RowQuery.CountKey(r.Policies.Count), r => PolicyLinks(r), true) { Width = "min-content" },
    };

    private static ReactElement? ServiceLinks(WorkloadRow row)
    {
        var links = new List<ReactElement>();
        foreach (ServiceLink service in row.Services) links.Add(MeshLinks.Service(service));
        return MeshLinks.Lines(links);
    }

    /// <summary>The number of policies, each linked (the count is the column's value).</summary>
    private static ReactElement PolicyLinks(WorkloadRow row)
    {
        var links = new List<ReactElement>();
        foreach (PolicyLink policy in row.Policies) links.Add(MeshLinks.Policy(policy));
        return Mui.Box(new BoxProps { Display = "flex", FlexDirection = "column" }, Ui.Text(row.Policies.Count.ToString()), MeshLinks.Lines(links));
    }
}
