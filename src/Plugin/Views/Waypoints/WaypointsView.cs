using System.Collections.Generic;
using System.Linq;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Waypoints.WaypointsStrings;

namespace Kmesh.Plugin.Views.Waypoints;

/// <summary>Gateways of class istio-waypoint with their status and users. Users and pods come from other lists:
/// when one of those cannot be read its cells say unknown, with one warning naming the missing permission.</summary>
public static class WaypointsView
{
    public static ReactElement? Render()
    {
        WaypointSources sources = WaypointSources.UseAll();
        List<Gateway> waypoints = React.UseMemo(
            () => sources.Gateways.Or(new List<Gateway>()).Where(g => g is not null && WaypointRules.IsWaypoint(g)).ToList(),
            new object?[] { sources.Gateways });
        if (!sources.Gateways.IsKnown)
        {
            return SourceUi.Section<Gateway>(S.Title, sources.Gateways.IsNotInstalled ? Known<IReadOnlyList<Gateway>>.NotInstalled(S.GatewayApiMissing) : sources.Gateways,
                S.Loading, null, _ => null);
        }
        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title },
            SourceUi.Warnings(sources.Namespaces.Gap, sources.Services.Gap, sources.Pods.Gap),
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
                    new TableColumn<Gateway> { Label = S.ColUsedBy, Getter = g => SourceUi.Cell(sources.UsersOf(g), u => UsedBy(u)) },
                    new TableColumn<Gateway> { Label = S.ColPods, Getter = g => SourceUi.Cell(sources.PodsOf(g), u => string.Join(", ", u.WaypointPods)) },
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

/// <summary>The lists the waypoint views read, each known or not.</summary>
public sealed class WaypointSources
{
    public Known<IReadOnlyList<Gateway>> Gateways { get; set; } = Known<IReadOnlyList<Gateway>>.Loading(Unknowns.Loading);
    public Known<IReadOnlyList<V1Namespace>> Namespaces { get; set; } = Known<IReadOnlyList<V1Namespace>>.Loading(Unknowns.Loading);
    public Known<IReadOnlyList<V1Service>> Services { get; set; } = Known<IReadOnlyList<V1Service>>.Loading(Unknowns.Loading);
    public Known<IReadOnlyList<V1Pod>> Pods { get; set; } = Known<IReadOnlyList<V1Pod>>.Loading(Unknowns.Loading);

    public static WaypointSources UseAll()
    {
        bool? gatewayGroup = ApiGroups.UseServed(ApiGroups.Gateway);
        return new WaypointSources
        {
            Gateways = Sources.UseKnown(Lists.UseGateways(), "gateways", null, gatewayGroup),
            Namespaces = Sources.UseKnown(Lists.UseNamespaces(), "namespaces", null, null),
            Services = Sources.UseKnown(Lists.UseServices(), "services", null, null),
            Pods = Sources.UseKnown(Lists.UseAllPods(), "pods", null, null),
        };
    }

    /// <summary>Who uses the waypoint: needs namespaces, services and pods.</summary>
    public Known<WaypointUsers> UsersOf(Gateway gateway)
    {
        if (!Namespaces.IsKnown) return Namespaces.As<WaypointUsers>();
        if (!Services.IsKnown) return Services.As<WaypointUsers>();
        if (!Pods.IsKnown) return Pods.As<WaypointUsers>();
        return Known<WaypointUsers>.Of(WaypointRules.Users(gateway, Namespaces.Value!, Services.Value!, Pods.Value!));
    }

    /// <summary>The waypoint's own pods: needs only pods.</summary>
    public Known<WaypointUsers> PodsOf(Gateway gateway)
    {
        if (!Pods.IsKnown) return Pods.As<WaypointUsers>();
        var none = new List<V1Namespace>();
        return Known<WaypointUsers>.Of(WaypointRules.Users(gateway, none, new List<V1Service>(), Pods.Value!));
    }
}
