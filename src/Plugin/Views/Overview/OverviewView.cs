using System.Collections.Generic;
using System.Linq;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Overview.OverviewStrings;

namespace Kmesh.Plugin.Views.Overview;

/// <summary>The Overview dashboard: one list request per resource type, summarised by the model's rules.</summary>
public static class OverviewView
{
    public static ReactElement? Render()
    {
        ListState<V1Pod> daemons = Lists.UseDaemonPods();
        ListState<V1Pod> pods = Lists.UseAllPods();
        ListState<V1Namespace> namespaces = Lists.UseNamespaces();
        ListState<Gateway> gateways = Lists.UseGateways();
        ListState<KmeshNodeInfo> nodeInfos = Lists.UseNodeInfos();
        ListState<Corev1Event> events = Lists.UseKmeshEvents();

        if (daemons.Error is not null)
        {
            return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title },
                Ui.Failure(S.Title, ListErrors.Describe(daemons.Error, "pods", Meta.KmeshNamespace), null));
        }
        if (daemons.Items is null) return Ui.Loading(S.Loading);
        List<V1Pod> daemonPods = Lists.Json(daemons);
        if (daemonPods.Count == 0) return Ui.NotInstalled(S.Title);

        OverviewSummary summary = OverviewRules.Summarize(new OverviewInput(
            daemonPods, Lists.Json(namespaces), Lists.Json(pods), Lists.Json(gateways), Lists.Json(nodeInfos), null));

        return El.Fragment(
            CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title },
                CommonComponents.NameValueTable(new NameValueTableProps { Rows = SummaryRows(summary, pods, namespaces, gateways, nodeInfos) }),
                summary.Problems.Count == 0 ? null : ProblemList(summary.Problems)),
            summary.Mismatches.Count == 0 ? null : MismatchSection(summary.Mismatches),
            EventsSection(events),
            LinksSection());
    }

    private static List<NameValueRow> SummaryRows(OverviewSummary s, ListState<V1Pod> pods, ListState<V1Namespace> namespaces,
        ListState<Gateway> gateways, ListState<KmeshNodeInfo> nodeInfos)
    {
        string healthLabel = s.Health.Level == HealthLevel.Green ? S.Healthy : s.Health.Level == HealthLevel.Yellow ? S.Degraded : S.Failing;
        return new List<NameValueRow>
        {
            new NameValueRow { Name = S.Health, Value = Ui.StatusWithReason(Lists.StatusOf(s.Health.Level), healthLabel, s.Health.Reason) },
            new NameValueRow { Name = S.Daemons, Value = Ui.Status(s.DaemonsReady == s.DaemonsTotal ? "success" : "error", S.Ratio(s.DaemonsReady, s.DaemonsTotal), null) },
            new NameValueRow { Name = S.Modes, Value = string.Join(", ", s.Modes) },
            new NameValueRow { Name = S.Versions, Value = string.Join(", ", s.Versions.Versions.Select(v => v.Version)) },
            new NameValueRow { Name = S.VersionSkew, Value = Ui.Status(Lists.StatusOf(s.Versions.Health.Level), s.Versions.Skewed ? s.Versions.Health.Reason : S.NoSkew, null) },
            new NameValueRow
            {
                Name = S.EnrolledNamespaces,
                Value = RowValue(namespaces, "namespaces", null,
                    () => s.EnrolledNamespaces.Count == 0 ? S.NoEnrolledNamespaces : string.Join(", ", s.EnrolledNamespaces)),
            },
            new NameValueRow
            {
                Name = S.Pods,
                Value = RowValue(pods, "pods", null,
                    () => Ui.Status(s.Mismatches.Count == 0 ? "success" : "warning", S.PodsIntendedActual(s.PodsIntended, s.PodsActual), null)),
            },
            new NameValueRow
            {
                Name = S.Waypoints,
                Value = gateways.Error?.Status == 404 ? S.GatewayApiMissing
                    : RowValue(gateways, "gateways", null,
                        () => Ui.Status(s.WaypointsProgrammed == s.WaypointsTotal ? "success" : "warning", S.Ratio(s.WaypointsProgrammed, s.WaypointsTotal), null)),
            },
            new NameValueRow
            {
                Name = S.Ipsec,
                // No KmeshNodeInfo resource type (404) means the CRD is absent: IPsec is off, not an error.
                Value = nodeInfos.Error?.Status == 404
                    ? Ui.StatusWithReason(Lists.StatusOf(s.Ipsec.Health.Level), S.IpsecStateLabel(s.Ipsec.State), s.Ipsec.Health.Reason)
                    : RowValue(nodeInfos, "kmeshnodeinfos", Meta.KmeshNamespace,
                        () => Ui.StatusWithReason(Lists.StatusOf(s.Ipsec.Health.Level), S.IpsecStateLabel(s.Ipsec.State), s.Ipsec.Health.Reason)),
            },
        };
    }

    /// <summary>A summary value that depends on one list: the precise failure, "Loading" until the list has answered
    /// (Headlamp retries failed lists for a while), then the value — never a conclusion drawn from a list not yet read.</summary>
    private static object? RowValue<T>(ListState<T> list, string resource, string? ns, System.Func<object?> value)
    {
        if (list.Error is not null) return ListErrors.Describe(list.Error, resource, ns);
        if (list.Items is null) return SharedStrings.Loading;
        return value();
    }

    private static ReactElement ProblemList(IReadOnlyList<string> problems) =>
        Mui.Box(new BoxProps { Mt = 2 },
            Mui.Typography(new TypographyProps { Variant = "subtitle2" }, S.Problems),
            Mui.Box(new BoxProps { Component = "ul" },
                problems.Select(p => (object?)Mui.Typography(new TypographyProps { Component = "li", Variant = "body2", Key = p }, p)).ToArray()));

    private static ReactElement MismatchSection(IReadOnlyList<EnrollmentMismatch> mismatches) =>
        CommonComponents.SectionBox(new SectionBoxProps { Title = S.Mismatches },
            CommonComponents.SimpleTable(new SimpleTableProps<EnrollmentMismatch>
            {
                Columns = new List<TableColumn<EnrollmentMismatch>>
                {
                    new TableColumn<EnrollmentMismatch> { Label = S.ColNamespace, Getter = m => m.Namespace },
                    new TableColumn<EnrollmentMismatch> { Label = S.ColPod, Getter = m => m.Pod },
                    new TableColumn<EnrollmentMismatch> { Label = S.ColIntended, Getter = m => m.Intended ? S.Yes : S.No },
                    new TableColumn<EnrollmentMismatch> { Label = S.ColActual, Getter = m => m.Actual ? S.Yes : S.No },
                    new TableColumn<EnrollmentMismatch> { Label = S.ColReason, Getter = m => m.Reason },
                },
                Data = mismatches.ToList(),
            }));

    private static ReactElement EventsSection(ListState<Corev1Event> events)
    {
        if (events.Error is not null)
        {
            return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Events },
                Ui.Failure(S.Events, ListErrors.Describe(events.Error, "events", Meta.KmeshNamespace), null));
        }
        List<Corev1Event> recent = Lists.Json(events)
            .OrderByDescending(e => e.LastTimestamp ?? e.Metadata?.CreationTimestamp)
            .Take(10)
            .ToList();
        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Events },
            CommonComponents.SimpleTable(new SimpleTableProps<Corev1Event>
            {
                Columns = new List<TableColumn<Corev1Event>>
                {
                    new TableColumn<Corev1Event> { Label = S.ColType, Getter = e => Ui.Status(e.Type == "Warning" ? "warning" : "success", e.Type ?? "", null) },
                    new TableColumn<Corev1Event> { Label = S.ColObject, Getter = e => $"{e.InvolvedObject?.Kind}/{e.InvolvedObject?.Name}" },
                    new TableColumn<Corev1Event> { Label = S.ColReason, Getter = e => e.Reason ?? "" },
                    new TableColumn<Corev1Event> { Label = S.ColMessage, Getter = e => e.Message ?? "" },
                },
                Data = recent,
                EmptyMessage = S.NoEvents,
            }));
    }

    private static ReactElement LinksSection() =>
        CommonComponents.SectionBox(new SectionBoxProps { Title = S.Links },
            Mui.Box(new BoxProps { Display = "flex", Gap = 2, FlexWrap = "wrap" },
                CommonComponents.Link(new LinkProps { RouteName = RouteNames.Nodes }, S.NodesLink),
                CommonComponents.Link(new LinkProps { RouteName = RouteNames.Waypoints }, S.WaypointsLink),
                CommonComponents.Link(new LinkProps { RouteName = RouteNames.BpfMaps }, S.MapsLink),
                Ui.ExternalLink(SharedStrings.KmeshDocs, SharedStrings.KmeshDocsUrl)));
}
