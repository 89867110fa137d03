using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Mesh;
using Kmesh.Plugin.Views.Mesh;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Translations;
using S = Kmesh.Plugin.Views.Services.ServicesStrings;

namespace Kmesh.Plugin.Views.Services;

/// <summary>The mesh's services from one daemon's config dump: VIPs, ports, waypoint, load balancing and the
/// workloads behind each (counted, expandable, linked).</summary>
public static class ServicesView
{
    public static ReactElement? Render()
    {
        MeshState mesh = MeshSource.Use();
        ServiceTrafficState traffic = ServiceTrafficCells.Use(mesh);
        var live = LiveValue<ServiceTrafficState>.Use(traffic, new object?[] { traffic.Rows.Feed, traffic.Rows.Node });
        List<ListColumn<ServiceRow>> columns = React.UseMemo(() => WithTraffic(live), new object?[] { Tr.Language, live });
        ReactElement table = ListTable.Use(columns, mesh.Model?.Services ?? NoRows, r => r.SearchText, r => r.Key, S.Empty);
        return MeshFrame.Render(S.Title, mesh, model => El.Fragment(
            ServiceTrafficDetail.Render(traffic, model),
            ServiceTrafficCells.Header(traffic),
            table));
    }

    private static List<ListColumn<ServiceRow>> WithTraffic(LiveValue<ServiceTrafficState> traffic)
    {
        List<ListColumn<ServiceRow>> columns = Columns();
        columns.Add(ServiceTrafficCells.Column(traffic));
        return columns;
    }

    private static readonly List<ServiceRow> NoRows = new List<ServiceRow>();

    public static List<ListColumn<ServiceRow>> Columns() => new List<ListColumn<ServiceRow>>
    {
        new ListColumn<ServiceRow>(S.ColHostname, r => r.Hostname, null, true) { Width = "minmax(180px, 1.4fr)" },
        new ListColumn<ServiceRow>(S.ColNamespace, r => r.Namespace + "\n" + r.Hostname, r => MeshLinks.KubernetesService(r.Namespace, r.Name, r.Namespace), true, r => r.Namespace) { Width = "minmax(145px, 0.8fr)" },
        new ListColumn<ServiceRow>(S.ColVips, r => r.Vips, null, true) { Width = "minmax(110px, 1fr)" },
        new ListColumn<ServiceRow>(S.ColPorts, r => string.Join(", ", r.Ports), null, false) { Width = "minmax(80px, 0.8fr)" },
        new ListColumn<ServiceRow>(S.ColWaypoint, r => r.Waypoint.Text, r => MeshLinks.Waypoint(r.Waypoint), true, r => r.Waypoint.Text) { Width = "minmax(120px, 0.8fr)" },
        new ListColumn<ServiceRow>(S.ColBalancing, r => r.LoadBalancing, r => r.LoadBalancing.Length == 0 ? S.DefaultBalancing : r.LoadBalancing, true) { Width = "minmax(150px, 0.8fr)" },
        new ListColumn<ServiceRow>(S.ColWorkloads, r => RowQuery.CountKey(r.Workloads.Count), r => WorkloadLinks.Of(r.Workloads), true) { Width = "min-content" },
    };
}
