using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Model.Sources;
using Kmesh.Model.Transport;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Nodes.NodesStrings;
using Kmesh.Plugin.Views.Settings;

namespace Kmesh.Plugin.Views.Nodes;

/// <summary>One node: daemon metadata, IPsec data, the daemon's own /version (only this node's daemon is
/// contacted), events and YAML of the daemon pod.</summary>
public static class NodeDetailView
{
    public static ReactElement? Render()
    {
        RouteParams route = ReactRouter.UseParams();
        string node = route.Name ?? "";
        bool? kmeshGroup = ApiGroups.UseServed(ApiGroups.Kmesh);
        ListState<V1Pod> daemonList = Lists.UseDaemonPods();
        Known<IReadOnlyList<V1Pod>> daemons = Sources.UseKnown(daemonList, "pods", KmeshConfig.Current().Namespace, null);
        Known<IReadOnlyList<KmeshNodeInfo>> infos = Sources.UseKnown(Lists.UseNodeInfos(), "kmeshnodeinfos", KmeshConfig.Current().Namespace, kmeshGroup);
        string title = S.DetailTitle + " " + node;
        if (!daemons.IsKnown) return DetailPage.Box(title, RouteNames.Nodes, null, SourceUi.Section<V1Pod>(title, daemons, S.Loading, null, _ => null));
        NodeRow? row = NodeRows.Build(daemons.Value!, infos, DateTime.UtcNow, KmeshConfig.Current()).FirstOrDefault(r => r.Node == node);
        if (row is null)
        {
            return DetailPage.Box(title, RouteNames.Nodes, null, Ui.Info(S.NotFound));
        }
        KubeObject<V1Pod> podObject = daemonList.Items!.First(o => o.JsonData.Metadata?.Name == row.PodName);
        return El.Fragment(
            DetailPage.Box(title, RouteNames.Nodes, podObject,
                SourceUi.Warnings(infos.Gap),
                CommonComponents.NameValueTable(new NameValueTableProps { Rows = Rows(row) }),
                Mui.Box(new BoxProps { Mt = 2, Display = "flex", Gap = 2 },
                    CommonComponents.Link(new LinkProps { RouteName = RouteNames.BpfMaps, Params = new RouteParams { Node = node } }, S.InspectMaps))),
            El.Component(AdminSection.Component, new AdminSectionProps { Pod = row.PodName, Key = row.PodName }),
            El.Component(Operations.NodeOperations.Component, new Operations.NodeOperationsProps { Pod = row.Pod, Node = node, Mode = row.Mode, Daemons = Lists.Json(daemonList), Key = row.PodName }),
            CommonComponents.SectionBox(new SectionBoxProps { Title = S.Events },
                CommonComponents.ObjectEventList(new ObjectEventListProps { Object = podObject })));
    }

    private static List<NameValueRow> Rows(NodeRow row)
    {
        bool hasInfo = row.Info is not null;
        int? restarts = DaemonHealthRules.Restarts(row.Pod);
        DateTime? lastRestart = DaemonHealthRules.LastRestart(row.Pod);
        return new List<NameValueRow>
        {
            new NameValueRow { Name = S.ColStatus, Value = Ui.StatusWithReason(Lists.StatusOf(row.Health.Level),
                row.Status.Condition == DaemonCondition.Unreadable ? S.Unreadable : row.Status.Ready ? S.Ready : S.NotReady, row.Health.Reason) },
            new NameValueRow { Name = S.KubernetesNode, Value = row.Pod.Spec?.NodeName is null ? null : Links.Node(row.Node) },
            new NameValueRow { Name = S.ColPod, Value = Links.Pod(KmeshConfig.Current().Namespace, row.PodName, row.PodName) },
            new NameValueRow { Name = S.Image, Value = row.Status.Condition == DaemonCondition.Unreadable ? Unknowns.Word : DaemonImage(row.Pod) },
            new NameValueRow { Name = S.ColVersion, Value = row.Version },
            new NameValueRow { Name = S.ColMode, Value = row.Mode },
            new NameValueRow { Name = S.Restarts, Value = restarts is null ? Unknowns.Word : S.RestartsText(restarts.Value, lastRestart is null ? null : NodesView.Ago(lastRestart.Value, DateTime.UtcNow)) },
            new NameValueRow { Name = S.ColAge, Value = NodesView.Created(row.Pod) },
            new NameValueRow { Name = S.ColSpi, Value = SourceUi.Cell(row.Spi, v => v) },
            new NameValueRow { Name = S.ColAddresses, Value = SourceUi.Cell(row.Addresses, v => v), Hide = !hasInfo },
            new NameValueRow { Name = S.ColPodCidrs, Value = SourceUi.Cell(row.PodCidrs, v => v), Hide = !hasInfo },
            new NameValueRow { Name = S.BootId, Value = BootId(row.Info), Hide = !hasInfo },
        };
    }

    private static string BootId(KmeshNodeInfo? info)
    {
        string? boot = info?.Spec?.BootId;
        return boot is null ? "" : JsonTypes.IsText(boot) ? boot : Unknowns.Word;
    }

    private static string DaemonImage(V1Pod pod)
    {
        IList<V1Container>? containers = pod.Spec?.Containers;
        if (containers is null) return "";
        foreach (V1Container container in containers)
        {
            if (container?.Name == KmeshConfig.Current().Container) return container.Image ?? "";
        }
        return "";
    }
}

[ObjectLiteral]
public sealed class AdminSectionProps
{
    public string? Pod { get; set; }
    public string? Key { get; set; }
}

/// <summary>The daemon's /version, fetched once for this node when the page opens.</summary>
public static class AdminSection
{
    /// <summary>The component, as one function value: React keys component instances on the function's identity.</summary>
    public static readonly System.Func<AdminSectionProps, ReactElement?> Component = Render;

    public static ReactElement? Render(AdminSectionProps props)
    {
        string pod = props.Pod ?? "";
        var (result, setResult) = React.UseState<AdminCallResult?>(null);
        React.UseEffect(() =>
        {
            var request = new Request();
            _ = Fetch(pod, request, setResult);
            return () => request.Cancelled = true;
        }, new object?[] { pod });

        if (result is null) return CommonComponents.SectionBox(new SectionBoxProps { Title = S.AdminTitle }, Ui.Loading(S.AdminLoading));
        if (result.Failure is not null)
        {
            return CommonComponents.SectionBox(new SectionBoxProps { Title = S.AdminTitle },
                Ui.Failure(result.Failure.Title, result.Failure.Message, result.Failure.Hint));
        }
        Parsed<DaemonVersion> version = DaemonVersion.Read(result.Response!.Body);
        if (version.Value is null)
        {
            AdminFailure unreadable = FailureClassifier.Unreadable(pod, AdminRequest.Get("/version"), version.Error!);
            return CommonComponents.SectionBox(new SectionBoxProps { Title = S.AdminTitle },
                Ui.Failure(unreadable.Title, unreadable.Message, unreadable.Hint));
        }
        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.AdminTitle },
            CommonComponents.NameValueTable(new NameValueTableProps
            {
                Rows = new List<NameValueRow>
                {
                    new NameValueRow { Name = S.AdminVersion, Value = version.Value.GitVersion },
                    new NameValueRow { Name = S.AdminCommit, Value = version.Value.GitCommit },
                    new NameValueRow { Name = S.AdminBuildDate, Value = version.Value.BuildDate },
                    new NameValueRow { Name = S.AdminVia, Value = result.Strategy == TransportStrategy.Exec ? SharedStrings.Exec : SharedStrings.PodProxy },
                },
            }));
    }

    private static async Task Fetch(string pod, Request request, System.Action<AdminCallResult?> setResult)
    {
        AdminCallResult result = await DaemonClient.Get(pod, "/version");
        if (!request.Cancelled) setResult(result);
    }
}
