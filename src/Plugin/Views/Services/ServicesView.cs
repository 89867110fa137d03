using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Mesh;
using Kmesh.Plugin.Views.Mesh;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Services.ServicesStrings;

namespace Kmesh.Plugin.Views.Services;

/// <summary>The mesh's services from one daemon's config dump: VIPs, ports, waypoint, load balancing and the
/// workloads behind each (counted, expandable, linked).</summary>
public static class ServicesView
{
    public static ReactElement? Render()
    {
        MeshState mesh = MeshSource.Use();
        MeshTableState table = MeshTableState.Use(mesh.InitialSearch);
        var (expanded, setExpanded) = React.UseState<string>("");
        ServiceTrafficState traffic = ServiceTrafficCells.Use(mesh);
        List<MeshColumn<ServiceRow>> columns = Columns(expanded, setExpanded);
        columns.Add(ServiceTrafficCells.Column(traffic));
        List<ServiceRow> matching = MeshTable.UseRows(mesh.Model?.Services, columns, table, r => r.SearchText);
        return MeshFrame.Render(S.Title, mesh, model => El.Fragment(
            ServiceTrafficDetail.Render(traffic, model),
            ServiceTrafficCells.Header(traffic),
            MeshTable.Render(columns, matching, model.Services.Count, table, mesh.WriteSearch, S.Empty)));
    }

    /// <param name="expanded">The key of the row whose workload list is open ("" for none).</param>
    public static List<MeshColumn<ServiceRow>> Columns(string expanded, System.Action<string> setExpanded) => new List<MeshColumn<ServiceRow>>
    {
        new MeshColumn<ServiceRow>(S.ColHostname, r => r.Hostname, r => r.Hostname),
        new MeshColumn<ServiceRow>(S.ColNamespace, r => MeshLinks.KubernetesService(r.Namespace, r.Name, r.Namespace), r => r.Namespace + "\n" + r.Hostname),
        new MeshColumn<ServiceRow>(S.ColVips, r => r.Vips, r => r.Vips),
        new MeshColumn<ServiceRow>(S.ColPorts, r => string.Join(", ", r.Ports), null),
        new MeshColumn<ServiceRow>(S.ColWaypoint, r => MeshLinks.Waypoint(r.Waypoint), r => r.Waypoint.Text),
        new MeshColumn<ServiceRow>(S.ColBalancing, r => r.LoadBalancing.Length == 0 ? S.DefaultBalancing : r.LoadBalancing, r => r.LoadBalancing),
        new MeshColumn<ServiceRow>(S.ColWorkloads, r => Workloads(r, r.Key == expanded, setExpanded), r => RowQuery.CountKey(r.Workloads.Count)),
    };

    private static ReactElement Workloads(ServiceRow row, bool open, System.Action<string> setExpanded)
    {
        int count = row.Workloads.Count;
        if (count == 0) return Ui.Text("0");
        var links = new List<ReactElement>();
        if (open) foreach (WorkloadLink workload in row.Workloads) links.Add(MeshLinks.Workload(workload));
        return Mui.Box(new BoxProps { Display = "flex", FlexDirection = "column", AlignItems = "flex-start" },
            Mui.Button(new ButtonProps { Size = "small", OnClick = () => setExpanded(open ? "" : row.Key) }, open ? S.Hide(count) : S.Show(count)),
            MeshLinks.Lines(links));
    }
}
