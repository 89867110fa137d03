using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Mesh;
using Kmesh.Plugin.Views.Mesh;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Workloads.WorkloadsStrings;

namespace Kmesh.Plugin.Views.Workloads;

/// <summary>Every workload of the mesh from one daemon's config dump, linked to its Pod, node, waypoint, services
/// and policies; searchable, sortable and paged so 20,000 rows stay smooth.</summary>
public static class WorkloadsView
{
    public static ReactElement? Render()
    {
        MeshState mesh = MeshSource.Use();
        MeshTableState table = MeshTableState.Use(mesh.InitialSearch);
        WorkloadTrafficState traffic = WorkloadTrafficCells.Use(mesh);
        List<MeshColumn<WorkloadRow>> columns = Columns();
        columns.Add(WorkloadTrafficCells.Column(traffic));
        List<WorkloadRow> matching = MeshTable.UseRows(mesh.Model?.Workloads, columns, table, r => r.SearchText);
        return MeshFrame.Render(S.Title, mesh, model => El.Fragment(
            WorkloadTrafficDetail.Render(traffic),
            WorkloadTrafficCells.Header(traffic),
            MeshTable.Render(columns, matching, model.Workloads.Count, table, mesh.WriteSearch, S.Empty)));
    }

    public static List<MeshColumn<WorkloadRow>> Columns() => new List<MeshColumn<WorkloadRow>>
    {
        new MeshColumn<WorkloadRow>(S.ColName, r => MeshLinks.Pod(r.Pod, r.Name), r => r.Name),
        new MeshColumn<WorkloadRow>(S.ColNamespace, r => r.Namespace, r => r.Namespace + "\n" + r.Name),
        new MeshColumn<WorkloadRow>(S.ColWorkload, r => S.Kind(r.WorkloadName, r.WorkloadType), r => r.WorkloadName + "\n" + r.WorkloadType),
        new MeshColumn<WorkloadRow>(S.ColNode, r => MeshLinks.Node(r.Node), r => r.Node),
        new MeshColumn<WorkloadRow>(S.ColAddresses, r => r.Addresses, r => r.Addresses),
        new MeshColumn<WorkloadRow>(S.ColProtocol, r => r.Protocol, r => r.Protocol),
        new MeshColumn<WorkloadRow>(S.ColWaypoint, r => MeshLinks.Waypoint(r.Waypoint), r => r.Waypoint.Text),
        new MeshColumn<WorkloadRow>(S.ColServices, r => ServiceLinks(r), r => r.Services.Count == 0 ? "" : r.Services[0].Hostname),
        new MeshColumn<WorkloadRow>(S.ColStatus, r => Ui.Status(r.Healthy ? "success" : "error", r.Healthy ? S.Healthy : S.Unhealthy, null), r => r.Status),
        new MeshColumn<WorkloadRow>(S.ColPolicies, r => PolicyLinks(r), r => RowQuery.CountKey(r.Policies.Count)),
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
