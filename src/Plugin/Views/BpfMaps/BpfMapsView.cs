using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Transport;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.BpfMaps.BpfMapsStrings;

namespace Kmesh.Plugin.Views.BpfMaps;

/// <summary>What one dump request for one pod produced.</summary>
public sealed record DumpLoad(string Pod, MapDump? Dump, AdminFailure? Failure, TransportStrategy? Strategy);

/// <summary>The eBPF maps inspector: choose a node; only that node's daemon is asked for its BPF dump (the one
/// of the mode its --mode argument names), shown as tabs of searchable, paged tables.</summary>
public static class BpfMapsView
{
    public static ReactElement? Render()
    {
        RouteParams route = ReactRouter.UseParams();
        ListState<V1Pod> daemons = Lists.UseDaemonPods();
        var (chosenNode, setChosenNode) = React.UseState<string>(route.Node ?? "");
        var (load, setLoad) = React.UseState<DumpLoad?>(null);
        List<V1Pod> pods = Lists.Json(daemons);
        V1Pod? pod = chosenNode.Length == 0 ? null : DaemonHealthRules.DaemonOnNode(chosenNode, pods);
        string podName = pod?.Metadata?.Name ?? "";
        string mode = pod is null ? "" : DataplaneModeRules.FromPod(pod).Mode;
        React.UseEffect(() =>
        {
            var request = new Request();
            if (podName.Length > 0) _ = Fetch(podName, mode, request, setLoad);
            return () => request.Cancelled = true;
        }, new object?[] { podName, mode });

        Known<IReadOnlyList<V1Pod>> known = Sources.Of(daemons, "pods", Meta.KmeshNamespace, null);
        if (!known.IsKnown) return SourceUi.Section<V1Pod>(S.Title, known, SharedStrings.Loading, null, _ => null);
        if (pods.Count == 0) return Ui.NotInstalled(S.Title);

        List<string> nodes = pods.Select(p => p.Spec?.NodeName ?? "").Where(n => n.Length > 0).Distinct().OrderBy(n => n).ToList();
        ReactElement picker = Mui.TextField(new TextFieldProps
        {
            Select = true,
            Label = S.NodeLabel,
            Value = chosenNode,
            Size = "small",
            OnChange = e => setChosenNode(e.Target.Value),
        }, nodes.Select(n => (object?)Mui.MenuItem(new MenuItemProps { Value = n, Key = n }, n)).ToArray());

        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title, Subtitle = S.Subtitle },
            Mui.Box(new BoxProps { Mb = 2, Display = "flex", Gap = 2, AlignItems = "center" },
                picker,
                pod is null ? null : Ui.Secondary(S.ModeOf(chosenNode, mode))),
            Body(pod, podName, load));
    }

    private static ReactElement Body(V1Pod? pod, string podName, DumpLoad? load)
    {
        if (pod is null) return CommonComponents.EmptyContent(S.ChooseNode);
        if (load is null || load.Pod != podName) return Ui.Loading(S.Loading);
        if (load.Failure is not null)
        {
            string title = load.Failure.Kind == AdminFailureKind.WrongMode ? S.WrongMode : load.Failure.Title;
            return Ui.Failure(title, load.Failure.Message, load.Failure.Hint);
        }
        if (load.Dump!.Error is not null)
        {
            return Ui.Failure(FailureClassifier.TitleOf(AdminFailureKind.BadResponse), S.MalformedDump(podName, load.Dump.Error), S.MalformedHint);
        }
        string via = load.Strategy == TransportStrategy.Exec ? SharedStrings.Exec : SharedStrings.PodProxy;
        return El.Fragment(
            Ui.Secondary(S.Via(via) + ". " + S.KeysDropped),
            CommonComponents.Tabs(new TabsProps
            {
                AriaLabel = S.Title,
                Tabs = load.Dump.Tables!.Select(t => new TabItem
                {
                    Label = t.Label,
                    Component = El.Component(MapTableView.Component, new MapTableProps { Table = t, Key = podName + "/" + t.Label }),
                }).ToList(),
            }));
    }

    private static async Task Fetch(string pod, string mode, Request request, System.Action<DumpLoad?> setLoad)
    {
        bool kernelNative = mode == DaemonMode.KernelNative;
        string path = kernelNative ? "/debug/config_dump/bpf/kernel-native" : "/debug/config_dump/bpf/dual-engine";
        AdminCallResult result = await DaemonClient.Get(pod, path);
        if (request.Cancelled) return;
        if (result.Failure is not null || result.Response is null)
        {
            setLoad(new DumpLoad(pod, null, result.Failure, result.Strategy));
            return;
        }
        MapDump dump = kernelNative ? MapTables.KernelNative(result.Response.Body) : MapTables.DualEngine(result.Response.Body);
        setLoad(new DumpLoad(pod, dump, null, result.Strategy));
    }
}
