using System.Collections.Generic;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Nodes.NodesStrings;

namespace Kmesh.Plugin.Views.Nodes;

/// <summary>One row per node running Kmesh (daemon pods merged with KmeshNodeInfo).</summary>
public static class NodesView
{
    public static ReactElement? Render()
    {
        ListState<V1Pod> daemons = Lists.UseDaemonPods();
        ListState<KmeshNodeInfo> infos = Lists.UseNodeInfos();
        if (daemons.Error is not null)
        {
            return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title },
                Ui.Failure(S.Title, ListErrors.Describe(daemons.Error, "pods", Meta.KmeshNamespace), null));
        }
        if (daemons.Items is null) return Ui.Loading(S.Loading);
        List<V1Pod> pods = Lists.Json(daemons);
        if (pods.Count == 0) return Ui.NotInstalled(S.Title);
        List<NodeRow> rows = NodeRows.Build(pods, Lists.Json(infos));
        ReactElement? infoProblem = infos.Error is not null && infos.Error.Status != 404
            ? Ui.Warning(ListErrors.Describe(infos.Error, "kmeshnodeinfos", Meta.KmeshNamespace))
            : null;
        // "off" only once the KmeshNodeInfo list has answered; while it loads or when it failed, the SPI is not known.
        string spiWhenAbsent = infos.Error is not null && infos.Error.Status != 404 ? S.SpiUnknown
            : infos.Items is null && infos.Error is null ? SharedStrings.Loading : S.NoIpsec;
        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title },
            infoProblem,
            CommonComponents.SimpleTable(new SimpleTableProps<NodeRow>
            {
                Columns = new List<TableColumn<NodeRow>>
                {
                    new TableColumn<NodeRow> { Label = S.ColNode, Getter = r => CommonComponents.Link(new LinkProps { RouteName = RouteNames.Node, Params = new RouteParams { Name = r.Node } }, r.Node) },
                    new TableColumn<NodeRow> { Label = S.ColPod, Getter = r => CommonComponents.Link(new LinkProps { RouteName = RouteNames.HeadlampPod, Params = new RouteParams { Name = r.PodName, Namespace = Meta.KmeshNamespace } }, r.PodName) },
                    new TableColumn<NodeRow> { Label = S.ColStatus, Getter = r => HealthLabel(r.Health) },
                    new TableColumn<NodeRow> { Label = S.ColVersion, Getter = r => r.Version },
                    new TableColumn<NodeRow> { Label = S.ColMode, Getter = r => r.Mode },
                    new TableColumn<NodeRow> { Label = S.ColSpi, Getter = r => r.Spi(spiWhenAbsent) },
                    new TableColumn<NodeRow> { Label = S.ColAddresses, Getter = r => r.Addresses },
                    new TableColumn<NodeRow> { Label = S.ColPodCidrs, Getter = r => r.PodCidrs },
                    new TableColumn<NodeRow> { Label = S.ColAge, Getter = r => Age(r.Pod) },
                },
                Data = rows,
                RowsPerPage = new[] { 25, 50, 100 },
            }));
    }

    public static ReactElement HealthLabel(Health health) =>
        Ui.Status(Lists.StatusOf(health.Level), health.Level == HealthLevel.Green ? S.Ready : S.NotReady, health.Reason);

    public static string Age(V1Pod pod) =>
        pod.Metadata?.CreationTimestamp is null ? "" : HeadlampUtils.TimeAgo(CreationText(pod));

    private static string CreationText(V1Pod pod) => PodJson.CreationTimestamp(pod);
}
