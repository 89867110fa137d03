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
        WaypointSources sources = WaypointSources.UseAll();
        string title = $"{S.DetailTitle} {route.Namespace}/{route.Name}";
        if (sources.Gateways.IsNotInstalled) return DetailPage.Box(title, RouteNames.Waypoints, null, Ui.Info(S.GatewayApiMissing));
        if (gateway.Error is not null)
        {
            return DetailPage.Box(title, RouteNames.Waypoints, null,
                gateway.Error.Status == 404 ? Ui.Info(S.NotFound) : Ui.Failure(title, ListErrors.Describe(gateway.Error, "gateways", route.Namespace), null));
        }
        if (gateway.Data is null) return Ui.Loading(S.Loading);
        Gateway g = gateway.Data.JsonData;
        if (!WaypointRules.IsWaypoint(g))
        {
            return DetailPage.Box(title, RouteNames.Waypoints, gateway.Data,
                Ui.Info(S.NotAWaypoint(route.Namespace ?? "", route.Name ?? "", g.Spec?.GatewayClassName ?? "")),
                Mui.Box(new BoxProps { Mt = 2 }, Links.Gateway(route.Namespace ?? "", route.Name ?? "", S.OpenGateway)));
        }
        Known<WaypointUsers> users = sources.UsersOf(g);
        Known<WaypointUsers> ownPods = sources.PodsOf(g);
        return El.Fragment(
            DetailPage.Box(title, RouteNames.Waypoints, gateway.Data,
                SourceUi.Warnings(sources.Namespaces.Gap, sources.Services.Gap, sources.Pods.Gap),
                CommonComponents.NameValueTable(new NameValueTableProps
                {
                    Rows = new List<NameValueRow>
                    {
                        new NameValueRow { Name = S.ColStatus, Value = WaypointsView.StatusLabel(g) },
                        new NameValueRow { Name = S.ColAddress, Value = string.Join(", ", WaypointRules.Addresses(g)) },
                        new NameValueRow { Name = S.ColFor, Value = WaypointRules.WaypointFor(g) },
                        new NameValueRow { Name = S.ColImage, Value = WaypointsView.Image(g) },
                        new NameValueRow { Name = S.WaypointPods, Value = SourceUi.Cell(ownPods, u => string.Join(", ", u.WaypointPods)) },
                    },
                }),
                El.Component(Operations.WaypointDelete.Component, new Operations.WaypointDeleteProps { Namespace = route.Namespace, Name = route.Name, Users = users.IsKnown ? users.Value : null, UsersUnknown = users.IsKnown ? null : Unknowns.Describe(users.State, users.Reason) })),
            CommonComponents.SectionBox(new SectionBoxProps { Title = S.Conditions },
                Table(ListOf(g.Status?.Conditions, "$.status.conditions"), new SimpleTableProps<GatewayCondition>
                {
                    Columns = new List<TableColumn<GatewayCondition>>
                    {
                        new TableColumn<GatewayCondition> { Label = S.ColType, Getter = c => c.Type ?? "" },
                        new TableColumn<GatewayCondition> { Label = S.ColStatus, Getter = c => Ui.Status(c.Status == "True" ? "success" : "error", c.Status ?? "", null) },
                        new TableColumn<GatewayCondition> { Label = S.ColReason, Getter = c => c.Reason ?? "" },
                        new TableColumn<GatewayCondition> { Label = S.ColMessage, Getter = c => c.Message ?? "" },
                        new TableColumn<GatewayCondition> { Label = S.ColLastTransition, Getter = c => c.LastTransitionTime is null ? null : JsonTypes.IsText(c.LastTransitionTime) ? CommonComponents.DateLabel(new DateLabelProps { Date = c.LastTransitionTime }) : Unknowns.Word },
                    },
                    EmptyMessage = S.NoConditions,
                })),
            CommonComponents.SectionBox(new SectionBoxProps { Title = S.Listeners },
                Table(ListOf(g.Spec?.Listeners, "$.spec.listeners"), new SimpleTableProps<GatewayListener>
                {
                    Columns = new List<TableColumn<GatewayListener>>
                    {
                        new TableColumn<GatewayListener> { Label = S.ColName, Getter = l => l.Name ?? "" },
                        new TableColumn<GatewayListener> { Label = S.ColPort, Getter = l => l.Port?.ToString() ?? "" },
                        new TableColumn<GatewayListener> { Label = S.ColProtocol, Getter = l => l.Protocol ?? "" },
                    },
                })),
            CommonComponents.SectionBox(new SectionBoxProps { Title = S.Users }, UsersTable(sources, g, users)),
            CommonComponents.SectionBox(new SectionBoxProps { Title = S.Events },
                CommonComponents.ObjectEventList(new ObjectEventListProps { Object = gateway.Data })));
    }

    /// <summary>Namespaces, services and pods using the waypoint, each unknown when its list could not be read.</summary>
    private static ReactElement UsersTable(WaypointSources sources, Gateway g, Known<WaypointUsers> users)
    {
        if (users.IsKnown && users.Value!.Namespaces.Count + users.Value.Services.Count + users.Value.Pods.Count == 0) return Ui.Secondary(S.UsersNone);
        WaypointUsers partial = WaypointRules.Users(g, sources.Namespaces.Or(new List<V1Namespace>()), sources.Services.Or(new List<V1Service>()),
            sources.Pods.Or(new List<V1Pod>()));
        return CommonComponents.NameValueTable(new NameValueTableProps
        {
            Rows = new List<NameValueRow>
            {
                new NameValueRow { Name = S.UsersNamespaces, Value = SourceUi.Cell(sources.Namespaces, _ => string.Join(", ", partial.Namespaces)) },
                new NameValueRow { Name = S.UsersServices, Value = SourceUi.Cell(sources.Services, _ => string.Join(", ", partial.Services)) },
                new NameValueRow { Name = S.UsersPods, Value = SourceUi.Cell(sources.Pods, _ => string.Join(", ", partial.Pods)) },
            },
        });
    }

    /// <summary>A list member as rows; a member of the wrong JSON type is unreadable (never one row per character).</summary>
    private static Known<List<T>> ListOf<T>(IList<T>? items, string path) =>
        items is null ? Known<List<T>>.Of(new List<T>())
        : JsonTypes.IsList(items) ? Known<List<T>>.Of(items.Where(i => i is not null).ToList())
        : Known<List<T>>.Unreadable(S.Unreadable(path, JsonTypes.TypeName(items)));

    private static ReactElement Table<T>(Known<List<T>> rows, SimpleTableProps<T> props)
    {
        if (!rows.IsKnown) return Ui.Warning(rows.Reason);
        props.Data = rows.Value!;
        return CommonComponents.SimpleTable(props);
    }
}
