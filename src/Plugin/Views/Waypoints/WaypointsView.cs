using System.Collections.Generic;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Translations;
using S = Kmesh.Plugin.Views.Waypoints.WaypointsStrings;

namespace Kmesh.Plugin.Views.Waypoints;

/// <summary>Gateways of class istio-waypoint with their status and users. Users and pods come from other lists:
/// when one of those cannot be read its cells say unknown, with one warning naming the missing permission.</summary>
public static class WaypointsView
{
    public static ReactElement? Render()
    {
        WaypointSources sources = WaypointSources.UseAll();
        List<WaypointRow> rows = React.UseMemo(() => WaypointRow.All(sources),
            new object?[] { sources.Gateways, sources.Namespaces, sources.Services, sources.Pods, Tr.Language });
        List<ListColumn<WaypointRow>> columns = React.UseMemo(() => Columns(), new object?[] { Tr.Language });
        ReactElement table = ListTable.Use(columns, rows, r => r.SearchText, r => r.Key, S.None);
        if (!sources.Gateways.IsKnown)
        {
            return SourceUi.Section<Gateway>(S.Title, sources.Gateways.IsNotInstalled ? Known<IReadOnlyList<Gateway>>.NotInstalled(S.GatewayApiMissing) : sources.Gateways,
                S.Loading, null, _ => null);
        }
        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title },
            El.Component(Operations.WaypointCreate.Component, new Operations.WaypointCreateProps { Namespaces = sources.Namespaces.Or(new List<V1Namespace>()), Services = sources.Services.Or(new List<V1Service>()) }),
            SourceUi.Warnings(sources.Namespaces.Gap, sources.Services.Gap, sources.Pods.Gap),
            table);
    }

    public static List<ListColumn<WaypointRow>> Columns() => new List<ListColumn<WaypointRow>>
    {
        new ListColumn<WaypointRow>(S.ColName, r => r.Name, r => Links.Waypoint(r.Namespace, r.Name, r.Name), true),
        new ListColumn<WaypointRow>(S.ColNamespace, r => r.Namespace, r => Links.Namespace(r.Namespace), true, r => r.Namespace),
        new ListColumn<WaypointRow>(S.ColAddress, r => r.Address, null, true),
        new ListColumn<WaypointRow>(S.ColStatus, r => r.Status.Level + "\n" + r.Status.Reason, r => StatusLabel(r.Gateway), true),
        new ListColumn<WaypointRow>(S.ColFor, r => r.For, null, true, r => r.For),
        new ListColumn<WaypointRow>(S.ColImage, r => Image(r.Gateway), null, true),
        new ListColumn<WaypointRow>(S.ColUsedBy, r => KnownText(r.Users, UsedBy), r => SourceUi.Cell(r.Users, u => UsedBy(u)), true),
        new ListColumn<WaypointRow>(S.ColPods, r => KnownText(r.Pods, PodNames), r => SourceUi.Cell(r.Pods, u => PodNames(u)), true),
        new ListColumn<WaypointRow>(S.ColAge, r => r.Created, r => r.Created.Length == 0 ? null : CommonComponents.DateLabel(new DateLabelProps { Date = r.Created }), true),
    };

    private static string KnownText(Known<WaypointUsers> known, System.Func<WaypointUsers, string> text) => known.IsKnown ? text(known.Value!) : known.Reason;

    private static string PodNames(WaypointUsers users) => string.Join(", ", users.WaypointPods);

    public static ReactElement StatusLabel(Gateway gateway)
    {
        Health status = WaypointRules.Status(gateway);
        return Ui.Status(Lists.StatusOf(status.Level), status.Level == HealthLevel.Green ? S.Programmed : S.NotProgrammed, status.Reason);
    }

    public static string Image(Gateway gateway) => Meta.Value(gateway.Metadata?.Annotations, "sidecar.istio.io/proxyImage") ?? "";

    public static string UsedBy(WaypointUsers users) => S.UsedBy(users.Namespaces.Count, users.Services.Count, users.Pods.Count);
}

/// <summary>One waypoint of the list with what the other lists say about it, built once per list change.</summary>
public sealed record WaypointRow(Gateway Gateway, string Namespace, string Name, string Address, Health Status, string For, string Created,
    Known<WaypointUsers> Users, Known<WaypointUsers> Pods)
{
    public string Key => Namespace + "/" + Name;

    public string SearchText => (Namespace + " " + Name + " " + Address + " " + For + " " + WaypointsView.Image(Gateway)).ToLowerInvariant();

    /// <summary>The Gateways of class istio-waypoint (none while the Gateway list is not known).</summary>
    public static List<WaypointRow> All(WaypointSources sources)
    {
        var rows = new List<WaypointRow>();
        foreach (Gateway g in sources.Gateways.Or(new List<Gateway>()))
        {
            if (g is null || !WaypointRules.IsWaypoint(g)) continue;
            rows.Add(new WaypointRow(g, g.Metadata?.NamespaceProperty ?? "", g.Metadata?.Name ?? "", string.Join(", ", WaypointRules.Addresses(g)),
                WaypointRules.Status(g), WaypointRules.WaypointFor(g), GatewayJson.CreationTimestamp(g), sources.UsersOf(g), sources.PodsOf(g)));
        }
        return rows;
    }
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
