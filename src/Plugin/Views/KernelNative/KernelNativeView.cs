using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model;
using Kmesh.Model.KernelNative;
using Kmesh.Model.Rules;
using Kmesh.Model.Sources.KernelNative;
using Kmesh.Model.Transport;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.KernelNative.KernelNativeStrings;

namespace Kmesh.Plugin.Views.KernelNative;

/// <summary>What the two dump requests for one pod produced.</summary>
public sealed record ComparisonLoad(string Pod, ConfigComparison? Comparison, AdminFailure? Failure, string? Malformed, string? MalformedTitle, TransportStrategy? Via);

/// <summary>For one kernel-native node: listeners, clusters and routes of the xDS config next to the BPF read-back,
/// flagging entries missing from BPF, left behind in BPF, or different.</summary>
public static class KernelNativeView
{
    public static ReactElement? Render()
    {
        RouteParams route = ReactRouter.UseParams();
        RouterHistory history = RouterQuery.UseHistory();
        string node = route.Node ?? "";
        NodeChoice choice = DaemonNodeChoice.Use(node, true);
        var (load, setLoad) = React.UseState<ComparisonLoad?>(null);
        V1Pod? pod = choice.Pod;
        string podName = pod?.Metadata?.Name ?? "";
        bool kernelNative = pod is not null && DataplaneModeRules.FromPod(pod).Mode == DaemonMode.KernelNative;
        React.UseEffect(() =>
        {
            var request = new Request();
            if (podName.Length > 0 && kernelNative) _ = Fetch(podName, request, setLoad);
            return () => request.Cancelled = true;
        }, new object?[] { podName, kernelNative });

        ReactElement? gate = DaemonNodeChoice.Gate(choice, S.Title);
        if (gate is not null) return gate;
        List<string> nodes = choice.Nodes;

        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title, Subtitle = S.Subtitle },
            DaemonNodeChoice.Warnings(choice),
            Mui.Box(new BoxProps { Mb = 2, Display = "flex", Gap = 2, AlignItems = "center" },
                nodes.Count == 0 ? null : NodePicker.Render(S.NodeLabel, RouteNames.KernelNative, node, nodes, history)),
            Body(nodes, pod, kernelNative, podName, load));
    }

    private static ReactElement Body(List<string> nodes, V1Pod? pod, bool kernelNative, string podName, ComparisonLoad? load)
    {
        if (nodes.Count == 0) return Ui.Info(S.NoKernelNative);
        if (pod is null) return CommonComponents.EmptyContent(S.ChooseNode);
        if (!kernelNative) return Ui.Failure(S.WrongMode, S.NoKernelNative, null);
        if (load is null || load.Pod != podName) return Ui.Loading(S.Loading);
        if (load.Failure is not null)
        {
            return Ui.Failure(load.Failure.Kind == AdminFailureKind.WrongMode ? S.WrongMode : S.DaemonUnreachable, load.Failure.Message, load.Failure.Hint);
        }
        if (load.Malformed is not null) return Ui.Failure(load.MalformedTitle!, load.Malformed, null);
        ConfigComparison c = load.Comparison!;
        string via = load.Via == TransportStrategy.Exec ? SharedStrings.Exec : SharedStrings.PodProxy;
        return El.Fragment(
            Ui.Secondary(S.Via(via) + "."),
            c.Flagged == 0 ? Ui.Info(S.AllAgree) : Ui.Warning(S.Flagged(c.Flagged)),
            CommonComponents.Tabs(new TabsProps
            {
                AriaLabel = S.Title,
                Tabs = new List<TabItem>
                {
                    Tab(S.Listeners, c.Listeners, podName),
                    Tab(S.Clusters, c.Clusters, podName),
                    Tab(S.Routes, c.Routes, podName),
                },
            }));
    }

    private static TabItem Tab(string label, ComparedKind kind, string podName) => new TabItem
    {
        Label = S.TabLabel(label, kind.Flagged),
        Component = El.Fragment(
            kind.ReadBack ? null : Ui.Info(S.RoutesNotReadBack),
            CommonComponents.SimpleTable(new SimpleTableProps<ComparedEntry>
            {
                Columns = new List<TableColumn<ComparedEntry>>
                {
                    new TableColumn<ComparedEntry> { Label = S.ColName, Getter = e => e.Name },
                    new TableColumn<ComparedEntry> { Label = S.ColState, Getter = e => State(e) },
                    new TableColumn<ComparedEntry> { Label = S.ColConfig, Getter = e => e.ConfigSummary },
                    new TableColumn<ComparedEntry> { Label = S.ColBpf, Getter = e => e.BpfSummary },
                },
                // Flagged entries first, each group in the dumps' order.
                Data = kind.Entries.Where(e => e.Flagged).Concat(kind.Entries.Where(e => !e.Flagged)).ToList(),
            })),
    };

    private static ReactElement State(ComparedEntry e) => e.Presence switch
    {
        EntryPresence.Same => Ui.Status("success", S.Same, null),
        EntryPresence.Differs => Ui.Status("warning", S.Differs(string.Join(", ", e.Differences)), null),
        EntryPresence.ConfigOnly => Ui.Status("error", S.ConfigOnly, S.ConfigOnlyReason),
        EntryPresence.BpfOnly => Ui.Status("error", S.BpfOnly, S.BpfOnlyReason),
        _ => Ui.Status("", S.NotReadBack, S.RoutesNotReadBack),
    };

    private static async Task Fetch(string pod, Request request, System.Action<ComparisonLoad?> setLoad)
    {
        AdminCallResult config = await DaemonClient.Get(pod, "/debug/config_dump/kernel-native");
        if (request.Cancelled) return;
        if (config.Failure is not null || config.Response is null)
        {
            setLoad(new ComparisonLoad(pod, null, config.Failure, null, null, config.Strategy));
            return;
        }
        AdminCallResult bpf = await DaemonClient.Get(pod, "/debug/config_dump/bpf/kernel-native");
        if (request.Cancelled) return;
        if (bpf.Failure is not null || bpf.Response is null)
        {
            setLoad(new ComparisonLoad(pod, null, bpf.Failure, null, null, bpf.Strategy));
            return;
        }
        Parsed<KernelNativeDump> configDump = KernelNativeDumpReader.Read(config.Response.Body);
        Parsed<KernelNativeDump> bpfDump = KernelNativeDumpReader.Read(bpf.Response.Body);
        if (configDump.Value is null)
        {
            setLoad(new ComparisonLoad(pod, null, null, configDump.Error!.ToString(), S.MalformedConfig, config.Strategy));
            return;
        }
        if (bpfDump.Value is null)
        {
            setLoad(new ComparisonLoad(pod, null, null, bpfDump.Error!.ToString(), S.MalformedBpf, bpf.Strategy));
            return;
        }
        setLoad(new ComparisonLoad(pod, ConfigComparer.Compare(configDump.Value, bpfDump.Value), null, null, null, bpf.Strategy));
    }
}
