using System.Collections.Generic;
using System.Linq;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Waypoints.WaypointsStrings;

namespace Kmesh.Plugin.Views.Waypoints;

/// <summary>Gateways of class istio-waypoint with their status and users.</summary>
public static class WaypointsView
{
    public static ReactElement? Render()
    {
        ListState<Gateway> gateways = Lists.UseGateways();
        ListState<V1Namespace> namespaces = Lists.UseNamespaces();
        ListState<V1Service> services = Lists.UseServices();
        ListState<V1Pod> pods = Lists.UseAllPods();
        if (gateways.Error is not null)
        {
            return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title },
                gateways.Error.Status == 404
                    ? Ui.Info(S.GatewayApiMissing)
                    : Ui.Failure(S.Title, ListErrors.Describe(gateways.Error, "gateways", null), null));
        }
        if (gateways.Items is null) return Ui.Loading(S.Loading);
        List<Gateway> waypoints = Lists.Json(gateways).Where(g => WaypointRules.IsWaypoint(g)).ToList();
        List<V1Namespace> nsList = Lists.Json(namespaces);
        List<V1Service> svcList = Lists.Json(services);
        List<V1Pod> podList = Lists.Json(pods);
        ReactElement? usersProblem = pods.Error is not null ? Ui.Warning(ListErrors.Describe(pods.Error, "pods", null))
            : services.Error is not null ? Ui.Warning(ListErrors.Describe(services.Error, "services", null))
            : null;
        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title },
            El.Component(Operations.WaypointCreate.Component, new Operations.WaypointCreateProps { Namespaces = nsList, Services = svcList }),
            usersProblem,
            CommonComponents.SimpleTable(new SimpleTableProps<Gateway>
            {
                Columns = new List<TableColumn<Gateway>>
                {
                    new TableColumn<Gateway> { Label = S.ColName, Getter = g => CommonComponents.Link(new LinkProps { RouteName = RouteNames.Waypoint, Params = new RouteParams { Name = g.Metadata?.Name, Namespace = g.Metadata?.NamespaceProperty } }, g.Metadata?.Name ?? "") },
                    new TableColumn<Gateway> { Label = S.ColNamespace, Getter = g => g.Metadata?.NamespaceProperty ?? "" },
                    new TableColumn<Gateway> { Label = S.ColAddress, Getter = g => string.Join(", ", WaypointRules.Addresses(g)) },
                    new TableColumn<Gateway> { Label = S.ColStatus, Getter = g => StatusLabel(g) },
                    new TableColumn<Gateway> { Label = S.ColFor, Getter = g => WaypointRules.WaypointFor(g) },
                    new TableColumn<Gateway> { Label = S.ColImage, Getter = g => Image(g) },
                    new TableColumn<Gateway> { Label = S.ColUsedBy, Getter = g => UsedBy(WaypointRules.Users(g, nsList, svcList, podList)) },
                    new TableColumn<Gateway> { Label = S.ColPods, Getter = g => string.Join(", ", WaypointRules.Users(g, nsList, svcList, podList).WaypointPods) },
                },
                Data = waypoints,
                EmptyMessage = S.None,
            }));
    }

    public static ReactElement StatusLabel(Gateway gateway)
    {
        Health status = WaypointRules.Status(gateway);
        return Ui.Status(Lists.StatusOf(status.Level), status.Level == HealthLevel.Green ? S.Programmed : S.NotProgrammed, status.Reason);
    }

    public static string Image(Gateway gateway) => Meta.Value(gateway.Metadata?.Annotations, "sidecar.istio.io/proxyImage") ?? "";

    public static string UsedBy(WaypointUsers users) => S.UsedBy(users.Namespaces.Count, users.Services.Count, users.Pods.Count);
}
