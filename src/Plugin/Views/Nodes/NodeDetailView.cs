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

namespace Kmesh.Plugin.Views.Nodes;

/// <summary>One node: daemon metadata, IPsec data, the daemon's own /version (only this node's daemon is
/// contacted), events and YAML of the daemon pod.</summary>
public static class NodeDetailView
{
    public static ReactElement? Render()
    {
        RouteParams route = ReactRouter.UseParams();
        ListState<V1Pod> daemons = Lists.UseDaemonPods();
        ListState<KmeshNodeInfo> infos = Lists.UseNodeInfos();
        if (daemons.Error is not null)
        {
            return CommonComponents.SectionBox(new SectionBoxProps { Title = S.DetailTitle },
                Ui.Failure(S.DetailTitle, ListErrors.Describe(daemons.Error, "pods", Meta.KmeshNamespace), null));
        }
        if (daemons.Items is null) return Ui.Loading(S.Loading);
        string node = route.Name ?? "";
        NodeRow? row = NodeRows.Build(Lists.Json(daemons), Lists.Json(infos)).FirstOrDefault(r => r.Node == node);
        if (row is null)
        {
            return CommonComponents.SectionBox(new SectionBoxProps { Title = S.DetailTitle + " " + node }, Ui.Info(S.NotFound));
        }
        KubeObject<V1Pod> podObject = daemons.Items.First(o => o.JsonData.Metadata?.Name == row.PodName);
        return El.Fragment(
            CommonComponents.SectionBox(new SectionBoxProps { Title = S.DetailTitle + " " + node },
                CommonComponents.NameValueTable(new NameValueTableProps { Rows = Rows(row) }),
                Mui.Box(new BoxProps { Mt = 2, Display = "flex", Gap = 2 },
                    CommonComponents.Link(new LinkProps { RouteName = RouteNames.BpfMaps, Params = new RouteParams { Node = node } }, S.InspectMaps),
                    CommonComponents.ViewButton(new ViewButtonProps { Item = podObject }))),
            El.Component(AdminSection.Component, new AdminSectionProps { Pod = row.PodName, Key = row.PodName }),
            El.Component(Operations.NodeOperations.Component, new Operations.NodeOperationsProps { Pod = row.Pod, Node = node, Mode = row.Mode, Daemons = Lists.Json(daemons), Key = row.PodName }),
            CommonComponents.SectionBox(new SectionBoxProps { Title = S.Events },
                CommonComponents.ObjectEventList(new ObjectEventListProps { Object = podObject })));
    }

    private static List<NameValueRow> Rows(NodeRow row) => new List<NameValueRow>
    {
        new NameValueRow { Name = S.ColStatus, Value = NodesView.HealthLabel(row.Health) },
        new NameValueRow { Name = S.ColPod, Value = CommonComponents.Link(new LinkProps { RouteName = RouteNames.HeadlampPod, Params = new RouteParams { Name = row.PodName, Namespace = Meta.KmeshNamespace } }, row.PodName) },
        new NameValueRow { Name = S.Image, Value = row.Pod.Spec?.Containers?.FirstOrDefault(c => c.Name == Meta.DaemonContainer)?.Image ?? "" },
        new NameValueRow { Name = S.ColVersion, Value = row.Version },
        new NameValueRow { Name = S.ColMode, Value = row.Mode },
        new NameValueRow { Name = S.Restarts, Value = DaemonHealthRules.Restarts(row.Pod).ToString() },
        new NameValueRow { Name = S.ColAge, Value = NodesView.Age(row.Pod) },
        new NameValueRow { Name = S.ColSpi, Value = row.Spi(S.NoIpsec) },
        new NameValueRow { Name = S.ColAddresses, Value = row.Addresses, Hide = row.Info is null },
        new NameValueRow { Name = S.ColPodCidrs, Value = row.PodCidrs, Hide = row.Info is null },
        new NameValueRow { Name = S.BootId, Value = row.Info?.Spec?.BootId ?? "", Hide = row.Info is null },
    };
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
                Ui.Failure(S.AdminFailed, result.Failure.Message, result.Failure.Hint));
        }
        Parsed<DaemonVersion> version = DaemonVersion.Read(result.Response!.Body);
        if (version.Value is null)
        {
            return CommonComponents.SectionBox(new SectionBoxProps { Title = S.AdminTitle },
                Ui.Failure(S.AdminFailed, version.Error!.ToString(), null));
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
