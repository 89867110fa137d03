using System;
using System.Collections.Generic;
using System.Linq;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Overview.OverviewStrings;
using Kmesh.Plugin.Views.Settings;
using Kmesh.Model.Settings;
using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Overview;

/// <summary>The Overview dashboard: one list request per resource type, summarised by the model's rules. Each source
/// that cannot be read gets one warning and makes only the values that depend on it unknown.</summary>
public static class OverviewView
{
    public static ReactElement? Render()
    {
        KmeshSettings settings = KmeshConfig.Use();
        bool? gatewayGroup = ApiGroups.UseServed(ApiGroups.Gateway);
        bool? kmeshGroup = ApiGroups.UseServed(ApiGroups.Kmesh);
        Known<IReadOnlyList<V1Pod>> daemons = Sources.UseKnown(Lists.UseDaemonPods(), "pods", settings.Namespace, null);
        Known<IReadOnlyList<V1Pod>> pods = Sources.UseKnown(Lists.UseAllPods(), "pods", null, null);
        Known<IReadOnlyList<V1Namespace>> namespaces = Sources.UseKnown(Lists.UseNamespaces(), "namespaces", null, null);
        Known<IReadOnlyList<Gateway>> gateways = Sources.UseKnown(Lists.UseGateways(), "gateways", null, gatewayGroup);
        Known<IReadOnlyList<KmeshNodeInfo>> nodeInfos = Sources.UseKnown(Lists.UseNodeInfos(), "kmeshnodeinfos", settings.Namespace, kmeshGroup);
        Known<IReadOnlyList<Corev1Event>> events = Sources.UseKnown(Lists.UseKmeshEvents(), "events", settings.Namespace, null);
        OverviewSummary summary = React.UseMemo(
            () => OverviewRules.Summarize(new OverviewInput(daemons, namespaces, pods, gateways, nodeInfos, null, DateTime.UtcNow, settings)),
            new object?[] { daemons, namespaces, pods, gateways, nodeInfos, settings, Tr.Language });

        if (daemons.State == KnownState.Loading) return Ui.Loading(S.Loading);
        if (daemons.IsKnown && daemons.Value!.Count == 0) return Ui.NotInstalled(S.Title);

        return El.Fragment(
            CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title },
                SourceUi.Warnings(daemons.Gap, pods.Gap, namespaces.Gap, gateways.Gap, nodeInfos.Gap),
                CommonComponents.NameValueTable(new NameValueTableProps { Rows = SummaryRows(summary, namespaces, pods, gateways) })),
            summary.Groups.Count == 0 ? null : CommonComponents.SectionBox(new SectionBoxProps { Title = S.Problems },
                summary.Groups.Select(g => (object?)El.Component(ProblemGroupView.Component, new ProblemGroupProps { Group = g, Key = g.Kind.ToString() })).ToArray()),
            SourceUi.Section(S.Events, events, SharedStrings.Loading, null, items => EventsTable(items, settings.Namespace)),
            LinksSection());
    }

    private static List<NameValueRow> SummaryRows(OverviewSummary s, Known<IReadOnlyList<V1Namespace>> namespaces,
        Known<IReadOnlyList<V1Pod>> pods, Known<IReadOnlyList<Gateway>> gateways)
    {
        return new List<NameValueRow>
        {
            new NameValueRow { Name = S.Health, Value = Ui.StatusWithReason(Lists.StatusOf(s.Health.Level), HealthLabel(s), s.Health.Reason) },
            new NameValueRow { Name = S.Daemons, Value = SourceUi.Cell(s.DaemonsTotal, total => Ui.Status(s.DaemonsReady.Or(0) == total ? "success" : "error", S.Ratio(s.DaemonsReady.Or(0), total), null)) },
            new NameValueRow { Name = S.Modes, Value = SourceUi.Cell(s.DaemonsTotal, _ => string.Join(", ", s.Modes)) },
            new NameValueRow { Name = S.Versions, Value = SourceUi.Cell(s.DaemonsTotal, _ => string.Join(", ", s.Versions.Versions.Select(v => S.VersionCount(v.Version, v.Pods.Count)))) },
            new NameValueRow { Name = S.EnrolledNamespaces, Value = SourceUi.Cell(s.EnrolledNamespaces, names => EnrolledNamespaces(names)) },
            new NameValueRow
            {
                Name = S.Pods,
                Value = SourceUi.Cell(s.PodsIntended, intended => Ui.Status(s.Mismatches.Count == 0 ? "success" : "warning", S.PodsIntendedActual(intended, s.PodsActual.Or(0)), null)),
            },
            new NameValueRow
            {
                Name = S.Waypoints,
                Value = gateways.IsNotInstalled ? S.GatewayApiMissing
                    : SourceUi.Cell(s.WaypointsTotal, total => Ui.Status(s.WaypointsProgrammed.Or(0) == total ? "success" : "warning", S.Ratio(s.WaypointsProgrammed.Or(0), total), null)),
            },
            new NameValueRow { Name = S.Ipsec, Value = SourceUi.Cell(s.Ipsec, ipsec => IpsecValue(ipsec)) },
        };
    }

    private static string HealthLabel(OverviewSummary s)
    {
        if (s.Health.Level == HealthLevel.Red) return S.Failing;
        if (s.Groups.Count > 0) return S.Degraded;
        return s.UnknownSources.Count > 0 ? S.PartlyUnknown : S.Healthy;
    }

    /// <summary>A count, the first few names and a link to Headlamp's namespace list, never thousands of names.</summary>
    private static ReactElement EnrolledNamespaces(IReadOnlyList<string> names)
    {
        if (names.Count == 0) return Ui.Text(S.NoEnrolledNamespaces);
        string shown = string.Join(", ", names.Take(S.InlineNames));
        return Mui.Box(new BoxProps { Display = "flex", Gap = 1, AlignItems = "center", FlexWrap = "wrap" },
            Ui.Text(names.Count <= S.InlineNames ? shown : S.FirstOf(names.Count, shown)),
            names.Count <= S.InlineNames ? null : CommonComponents.Link(new LinkProps { RouteName = RouteNames.HeadlampNamespaces }, S.AllNamespaces));
    }

    /// <summary>The IPsec state with counts per SPI (never the nodes' names) and a link to the nodes concerned.</summary>
    private static ReactElement IpsecValue(IpsecSummary ipsec)
    {
        string counts = string.Join("; ", ipsec.Spis.Select(g => S.SpiCount(g.Spi, g.Nodes.Count)));
        string label = S.IpsecStateLabel(ipsec.State);
        string detail = ipsec.State == IpsecState.Disabled ? ipsec.Health.Reason
            : ipsec.State == IpsecState.Stale ? S.StaleSummary(ipsec.StaleNodes.Count, counts)
            : counts;
        int unreported = ipsec.NodesWithoutInfo.Count + ipsec.NodesWithoutSpi.Count;
        if (unreported > 0) detail += S.Unreported(unreported);
        string? filter = ipsec.State == IpsecState.Stale ? OverviewRules.StaleKeyFilter : unreported > 0 ? OverviewRules.NoNodeInfoFilter : null;
        return Mui.Box(new BoxProps { Display = "flex", Gap = 1, AlignItems = "center", FlexWrap = "wrap" },
            Ui.Status(Lists.StatusOf(ipsec.Health.Level), label, ipsec.Health.Reason),
            Ui.Secondary(detail),
            filter is null ? null : CommonComponents.Link(new LinkProps { RouteName = RouteNames.NodesFiltered, Params = new RouteParams { Status = filter } }, S.ShowNodes));
    }

    private static ReactElement EventsTable(IReadOnlyList<Corev1Event> items, string kmeshNamespace)
    {
        List<Corev1Event> recent = items
            .OrderByDescending(e => e.LastTimestamp ?? e.Metadata?.CreationTimestamp)
            .Take(10)
            .ToList();
        return CommonComponents.SimpleTable(new SimpleTableProps<Corev1Event>
        {
            Columns = new List<TableColumn<Corev1Event>>
            {
                new TableColumn<Corev1Event> { Label = S.ColType, Getter = e => Ui.Status(e.Type == "Warning" ? "warning" : "success", e.Type ?? "", null) },
                new TableColumn<Corev1Event> { Label = S.ColObject, Getter = e => Links.InvolvedObject(e.InvolvedObject?.Kind, e.InvolvedObject?.NamespaceProperty, e.InvolvedObject?.Name) },
                new TableColumn<Corev1Event> { Label = S.ColReason, Getter = e => e.Reason ?? "" },
                new TableColumn<Corev1Event> { Label = S.ColMessage, Getter = e => e.Message ?? "" },
            },
            Data = recent,
            EmptyMessage = S.NoEvents(kmeshNamespace),
        });
    }

    private static ReactElement LinksSection() =>
        CommonComponents.SectionBox(new SectionBoxProps { Title = S.Links },
            Mui.Box(new BoxProps { Display = "flex", Gap = 2, FlexWrap = "wrap" },
                CommonComponents.Link(new LinkProps { RouteName = RouteNames.Nodes }, S.NodesLink),
                CommonComponents.Link(new LinkProps { RouteName = RouteNames.Waypoints }, S.WaypointsLink),
                CommonComponents.Link(new LinkProps { RouteName = RouteNames.BpfMaps }, S.MapsLink),
                Ui.ExternalLink(SharedStrings.KmeshDocs, SharedStrings.KmeshDocsUrl)));
}
