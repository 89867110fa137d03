using System.Collections.Generic;
using System.Linq;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Waypoints.WaypointsStrings;

namespace Kmesh.Plugin.Views.Waypoints;

/// <summary>One waypoint: status, conditions, listeners, users, pods, events and YAML.</summary>
public static class WaypointDetailView
{
    public static ReactElement? Render()
    {
        RouteParams route = ReactRouter.UseParams();
        GetState<Gateway> gateway = KmeshResources.Gateway.UseGet(route.Name ?? "", route.Namespace);
        ListState<V1Namespace> namespaces = Lists.UseNamespaces();
        ListState<V1Service> services = Lists.UseServices();
        ListState<V1Pod> pods = Lists.UseAllPods();
        string title = $"{S.DetailTitle} {route.Namespace}/{route.Name}";
        if (gateway.Error is not null)
        {
            return CommonComponents.SectionBox(new SectionBoxProps { Title = title },
                gateway.Error.Status == 404 ? Ui.Info(S.NotFound) : Ui.Failure(title, ListErrors.Describe(gateway.Error, "gateways", route.Namespace), null));
        }
        if (gateway.Data is null) return Ui.Loading(S.Loading);
        Gateway g = gateway.Data.JsonData;
        WaypointUsers users = WaypointRules.Users(g, Lists.Json(namespaces), Lists.Json(services), Lists.Json(pods));
        return El.Fragment(
            CommonComponents.SectionBox(new SectionBoxProps { Title = title },
                CommonComponents.NameValueTable(new NameValueTableProps
                {
                    Rows = new List<NameValueRow>
                    {
                        new NameValueRow { Name = S.ColStatus, Value = WaypointsView.StatusLabel(g) },
                        new NameValueRow { Name = S.ColAddress, Value = string.Join(", ", WaypointRules.Addresses(g)) },
                        new NameValueRow { Name = S.ColFor, Value = WaypointRules.WaypointFor(g) },
                        new NameValueRow { Name = S.ColImage, Value = WaypointsView.Image(g) },
                        new NameValueRow { Name = S.WaypointPods, Value = string.Join(", ", users.WaypointPods) },
                    },
                }),
                Mui.Box(new BoxProps { Mt = 2 }, CommonComponents.ViewButton(new ViewButtonProps { Item = gateway.Data })),
                El.Component(Operations.WaypointDelete.Component, new Operations.WaypointDeleteProps { Namespace = route.Namespace, Name = route.Name, Users = users })),
            CommonComponents.SectionBox(new SectionBoxProps { Title = S.Conditions },
                CommonComponents.SimpleTable(new SimpleTableProps<GatewayCondition>
                {
                    Columns = new List<TableColumn<GatewayCondition>>
                    {
                        new TableColumn<GatewayCondition> { Label = S.ColType, Getter = c => c.Type ?? "" },
                        new TableColumn<GatewayCondition> { Label = S.ColStatus, Getter = c => Ui.Status(c.Status == "True" ? "success" : "error", c.Status ?? "", null) },
                        new TableColumn<GatewayCondition> { Label = S.ColReason, Getter = c => c.Reason ?? "" },
                        new TableColumn<GatewayCondition> { Label = S.ColMessage, Getter = c => c.Message ?? "" },
                        new TableColumn<GatewayCondition> { Label = S.ColLastTransition, Getter = c => c.LastTransitionTime ?? "" },
                    },
                    Data = g.Status?.Conditions?.ToList() ?? new List<GatewayCondition>(),
                    EmptyMessage = S.NoConditions,
                })),
            CommonComponents.SectionBox(new SectionBoxProps { Title = S.Listeners },
                CommonComponents.SimpleTable(new SimpleTableProps<GatewayListener>
                {
                    Columns = new List<TableColumn<GatewayListener>>
                    {
                        new TableColumn<GatewayListener> { Label = S.ColName, Getter = l => l.Name ?? "" },
                        new TableColumn<GatewayListener> { Label = S.ColPort, Getter = l => l.Port?.ToString() ?? "" },
                        new TableColumn<GatewayListener> { Label = S.ColProtocol, Getter = l => l.Protocol ?? "" },
                    },
                    Data = g.Spec?.Listeners?.ToList() ?? new List<GatewayListener>(),
                })),
            CommonComponents.SectionBox(new SectionBoxProps { Title = S.Users },
                users.Namespaces.Count + users.Services.Count + users.Pods.Count == 0
                    ? Ui.Secondary(S.UsersNone)
                    : CommonComponents.NameValueTable(new NameValueTableProps
                    {
                        Rows = new List<NameValueRow>
                        {
                            new NameValueRow { Name = S.UsersNamespaces, Value = string.Join(", ", users.Namespaces) },
                            new NameValueRow { Name = S.UsersServices, Value = string.Join(", ", users.Services) },
                            new NameValueRow { Name = S.UsersPods, Value = string.Join(", ", users.Pods) },
                        },
                    })),
            CommonComponents.SectionBox(new SectionBoxProps { Title = S.Events },
                CommonComponents.ObjectEventList(new ObjectEventListProps { Object = gateway.Data })));
    }
}
