using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model;
using Kmesh.Model.Identity;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Model.Transport;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Settings;
using Kmesh.Plugin.Views.Translations;
using S = Kmesh.Plugin.Views.BpfMaps.BpfMapsStrings;

namespace Kmesh.Plugin.Views.BpfMaps;

/// <summary>What one dump request for one pod produced; <see cref="NamesProblem"/> says why values are not named.</summary>
public sealed record DumpLoad(string Pod, MapDump? Dump, AdminFailure? Failure, TransportStrategy? Strategy, string? NamesProblem);

/// <summary>The eBPF maps inspector: choose a node; only that node's daemon is asked for its BPF dump (the one of the
/// mode its --mode argument names) and, in dual-engine mode, its config dump to name the values. Node, tab and search
/// live in the URL, so they survive a reload, a shared link and a switch to another node.</summary>
public static class BpfMapsView
{
    public static ReactElement? Render()
    {
        RouteParams route = ReactRouter.UseParams();
        RouterHistory history = RouterQuery.UseHistory();
        string tab = RouterQuery.UseQueryValue("tab");
        string search = RouterQuery.UseQueryValue("q");
        string chosenNode = route.Node ?? "";
        NodeChoice choice = DaemonNodeChoice.Use(chosenNode, false);
        ListState<Gateway> gateways = Lists.UseGateways();
        var (load, setLoad) = React.UseState<DumpLoad?>(null);
        V1Pod? pod = choice.Pod;
        string podName = pod?.Metadata?.Name ?? "";
        string mode = pod is null ? "" : DataplaneModeRules.FromPod(pod).Mode;
        // The waypoint Gateways only name waypoint addresses: wait for the list to settle, but never fail on it.
        bool gatewaysSettled = Lists.Settled(gateways);
        List<WaypointAddress> waypoints = React.UseMemo(() => gatewaysSettled ? Waypoints(Lists.Json(gateways)) : new List<WaypointAddress>(),
            new object?[] { gatewaysSettled, gateways.Items });
        ReactElement picker = React.UseMemo(() => NodePicker.Render(S.NodeLabel, RouteNames.BpfMaps, chosenNode, choice.Nodes, history),
            new object?[] { chosenNode, choice.Nodes, history, Tr.Language });
        React.UseEffect(() =>
        {
            var request = new Request();
            if (podName.Length > 0 && gatewaysSettled) _ = Fetch(podName, mode, waypoints, request, setLoad);
            return () => request.Cancelled = true;
        }, new object?[] { podName, mode, gatewaysSettled });

        ReactElement? gate = DaemonNodeChoice.Gate(choice, S.Title);
        if (gate is not null) return gate;

        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title, Subtitle = S.Subtitle },
            DaemonNodeChoice.Warnings(choice),
            Mui.Box(new BoxProps { Mb = 2, Display = "flex", Gap = 2, AlignItems = "center" },
                picker,
                pod is null ? null : Ui.Secondary(S.ModeOf(chosenNode, mode))),
            Body(pod, podName, mode, load, tab, search, history));
    }

    private static List<WaypointAddress> Waypoints(List<Gateway> gateways) => gateways
        .Where(WaypointRules.IsWaypoint)
        .Select(g => new WaypointAddress(g.Metadata?.NamespaceProperty ?? "", g.Metadata?.Name ?? "", WaypointRules.Addresses(g)))
        .ToList();

    private static ReactElement Body(V1Pod? pod, string podName, string mode, DumpLoad? load, string tab, string search, RouterHistory history)
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
        bool dualEngine = mode != DaemonMode.KernelNative;
        List<MapTable> tables = load.Dump.Tables!.ToList();
        int active = tables.FindIndex(t => t.Label == tab);
        return El.Fragment(
            Ui.Secondary(S.Via(via) + "." + (dualEngine ? " " + S.KeysDropped : "")),
            load.NamesProblem is null ? null : Ui.Warning(S.NamesUnavailable(load.NamesProblem)),
            CommonComponents.Tabs(new TabsProps
            {
                AriaLabel = S.Title,
                DefaultIndex = active < 0 ? 0 : active,
                OnTabChanged = i => RouterQuery.ReplaceQuery(history, "tab", i == 0 ? "" : tables[i].Label),
                // Headlamp's tab panels render every tab's component (hidden); only the shown tab gets its table.
                Tabs = tables.Select((t, i) => new TabItem
                {
                    Label = t.Label,
                    Component = i != (active < 0 ? 0 : active) ? null : El.Component(MapTableView.Component, new MapTableProps
                    {
                        Table = t,
                        Key = podName + "/" + t.Label,
                        Search = search,
                        OnSearch = text => RouterQuery.ReplaceQuery(history, "q", text),
                    }),
                }).ToList(),
            }));
    }

    private static async Task Fetch(string pod, string mode, List<WaypointAddress> waypoints, Request request, System.Action<DumpLoad?> setLoad)
    {
        bool kernelNative = mode == DaemonMode.KernelNative;
        string path = kernelNative ? "/debug/config_dump/bpf/kernel-native" : "/debug/config_dump/bpf/dual-engine";
        AdminCallResult result = await DaemonClient.Get(pod, path);
        if (request.Cancelled) return;
        if (result.Failure is not null || result.Response is null)
        {
            setLoad(new DumpLoad(pod, null, result.Failure, result.Strategy, null));
            return;
        }
        if (kernelNative)
        {
            setLoad(new DumpLoad(pod, MapTables.KernelNative(result.Response.Body), null, result.Strategy, null));
            return;
        }
        AdminCallResult config = await DaemonClient.Get(pod, "/debug/config_dump/dual-engine");
        if (request.Cancelled) return;
        string? namesProblem = config.Failure?.Message;
        IdentityIndex? index = null;
        if (config.Response is not null && config.Failure is null)
        {
            Parsed<ConfigDump> parsed = ConfigDumpReader.Read(config.Response.Body);
            if (parsed.Value is not null) index = new IdentityIndex(parsed.Value, waypoints);
            else namesProblem = parsed.Error!.ToString();
        }
        setLoad(new DumpLoad(pod, MapTables.DualEngine(result.Response.Body, index), null, result.Strategy, namesProblem));
    }
}
