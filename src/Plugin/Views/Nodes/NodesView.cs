using System;
using System.Collections.Generic;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Nodes.NodesStrings;
using Kmesh.Plugin.Views.Settings;

namespace Kmesh.Plugin.Views.Nodes;

/// <summary>One row per node running Kmesh (daemon pods merged with KmeshNodeInfo), optionally filtered by a status
/// from the route (<c>/kmesh/nodes/status/crash-loop</c>), which the Overview's "and N more" links use.</summary>
public static class NodesView
{
    public static ReactElement? Render()
    {
        RouteParams route = ReactRouter.UseParams();
        string filter = route.Status ?? "";
        bool? kmeshGroup = ApiGroups.UseServed(ApiGroups.Kmesh);
        Known<IReadOnlyList<V1Pod>> daemons = Sources.UseKnown(Lists.UseDaemonPods(), "pods", KmeshConfig.Current().Namespace, null);
        Known<IReadOnlyList<KmeshNodeInfo>> infos = Sources.UseKnown(Lists.UseNodeInfos(), "kmeshnodeinfos", KmeshConfig.Current().Namespace, kmeshGroup);
        List<NodeRow> all = React.UseMemo(() => daemons.IsKnown ? NodeRows.Build(daemons.Value!, infos, DateTime.UtcNow, KmeshConfig.Current()) : new List<NodeRow>(),
            new object?[] { daemons, infos });
        List<NodeRow> rows = React.UseMemo(() => NodeRows.Filter(all, filter), new object?[] { all, filter });

        if (!daemons.IsKnown) return SourceUi.Section<V1Pod>(S.Title, daemons, S.Loading, null, _ => null);
        if (daemons.Value!.Count == 0) return Ui.NotInstalled(S.Title);
        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title },
            SourceUi.Warnings(infos.Gap),
            filter.Length == 0 ? null : Mui.Box(new BoxProps { Mb = 2, Display = "flex", Gap = 2, AlignItems = "center" },
                Ui.Text(S.Filtered(filter, rows.Count, all.Count)),
                CommonComponents.Link(new LinkProps { RouteName = RouteNames.Nodes }, S.ShowAll)),
            CommonComponents.SimpleTable(new SimpleTableProps<NodeRow>
            {
                Columns = new List<TableColumn<NodeRow>>
                {
                    new TableColumn<NodeRow> { Label = S.ColNode, Getter = r => NodeLink(r.Node) },
                    new TableColumn<NodeRow> { Label = S.ColPod, Getter = r => CommonComponents.Link(new LinkProps { RouteName = RouteNames.HeadlampPod, Params = new RouteParams { Name = r.PodName, Namespace = KmeshConfig.Current().Namespace } }, r.PodName) },
                    new TableColumn<NodeRow> { Label = S.ColStatus, Getter = r => StatusLabel(r.Status) },
                    new TableColumn<NodeRow> { Label = S.ColVersion, Getter = r => r.Version },
                    new TableColumn<NodeRow> { Label = S.ColMode, Getter = r => r.Mode },
                    new TableColumn<NodeRow> { Label = S.ColSpi, Getter = r => SourceUi.Cell(r.Spi, v => v) },
                    new TableColumn<NodeRow> { Label = S.ColAddresses, Getter = r => SourceUi.Cell(r.Addresses, v => v) },
                    new TableColumn<NodeRow> { Label = S.ColPodCidrs, Getter = r => SourceUi.Cell(r.PodCidrs, v => v) },
                    new TableColumn<NodeRow> { Label = S.ColAge, Getter = r => Age(r.Pod) },
                },
                Data = rows,
                EmptyMessage = S.NoneMatch,
                RowsPerPage = new[] { 25, 50, 100 },
            }));
    }

    public static ReactElement NodeLink(string node) =>
        CommonComponents.Link(new LinkProps { RouteName = RouteNames.Node, Params = new RouteParams { Name = node } }, node);

    /// <summary>"Ready" or "Not ready" from the pod's Ready condition, coloured by the daemon's health, with the
    /// reason as a tooltip.</summary>
    public static ReactElement StatusLabel(DaemonStatus status) =>
        Ui.Status(Lists.StatusOf(status.Health.Level),
            status.Condition == DaemonCondition.Unreadable ? S.Unreadable : status.Ready ? S.Ready : S.NotReady, status.Health.Reason);

    public static string Age(V1Pod pod) =>
        pod.Metadata?.CreationTimestamp is null ? "" : HeadlampUtils.TimeAgo(CreationText(pod));

    /// <summary>A short age ("5m", "3h", "2d") of a moment before <paramref name="now"/>.</summary>
    public static string Ago(DateTime moment, DateTime now)
    {
        double minutes = Math.Floor((now - moment).TotalMinutes);
        if (minutes < 60) return $"{(minutes < 0 ? 0 : minutes)}m";
        if (minutes < 60 * 24) return $"{Math.Floor(minutes / 60)}h";
        return $"{Math.Floor(minutes / (60 * 24))}d";
    }

    private static string CreationText(V1Pod pod) => PodJson.CreationTimestamp(pod);
}
