using System.Collections.Generic;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Traffic.TrafficStrings;
using Kmesh.Plugin.Views.Settings;

namespace Kmesh.Plugin.Views.Traffic;

/// <summary>Per node: the services and workloads the node's daemon saw traffic for, with rates while the page is
/// open. Only the chosen node's daemon is sampled.</summary>
public static class TrafficView
{
    public static ReactElement? Render()
    {
        RouteParams route = ReactRouter.UseParams();
        RouterHistory history = RouterQuery.UseHistory();
        string search = RouterQuery.UseQueryValue("q");
        string node = route.Node ?? "";
        NodeChoice choice = DaemonNodeChoice.Use(node, false);
        V1Pod? pod = choice.Pod;
        string mode = pod is null ? "" : DataplaneModeRules.FromPod(pod).Mode;
        bool sampled = pod is not null && mode != DaemonMode.KernelNative;
        TrafficFeed? feed = TrafficSampler.Use(sampled ? pod!.Metadata?.Name ?? "" : "");

        ReactElement? gate = DaemonNodeChoice.Gate(choice, S.Title);
        if (gate is not null) return gate;

        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title, Subtitle = S.Subtitle(KmeshConfig.Current().MetricsPort) },
            DaemonNodeChoice.Warnings(choice),
            Mui.Box(new BoxProps { Mb = 2, Display = "flex", Gap = 2, AlignItems = "center", FlexWrap = "wrap" },
                NodePicker.Render(S.NodeLabel, RouteNames.Traffic, node, choice.Nodes, history),
                Mui.TextField(new TextFieldProps
                {
                    Label = S.Search,
                    Value = search,
                    Size = "small",
                    OnChange = e => RouterQuery.ReplaceQuery(history, "q", e.Target.Value),
                }),
                pod is null ? null : Ui.Secondary(S.ModeOf(node, mode))),
            Body(pod, mode, feed, search));
    }

    private static ReactElement Body(V1Pod? pod, string mode, TrafficFeed? feed, string search)
    {
        if (pod is null) return CommonComponents.EmptyContent(S.ChooseNode);
        if (mode == DaemonMode.KernelNative) return Ui.Info(S.KernelNative);
        if (feed is null || feed.Waiting) return Ui.Loading(S.Loading);
        if (feed.Latest is null) return TrafficTables.Notices(feed)!;
        return El.Fragment(
            TrafficTables.Notices(feed),
            Ui.Secondary(S.Sampled(feed.Samples.Count, TrafficTables.Via(feed), TimeOf(feed))),
            TrafficChart.Render(feed.Samples),
            Mui.Typography(new TypographyProps { Variant = "h6" }, S.Services),
            TrafficTables.Services(feed, search),
            Mui.Typography(new TypographyProps { Variant = "h6" }, S.Workloads),
            TrafficTables.Workloads(feed, search),
            feed.Latest.Pods.Count == 0 ? null : Mui.Typography(new TypographyProps { Variant = "h6" }, S.Pods),
            feed.Latest.Pods.Count == 0 ? null : TrafficTables.Pods(feed, search));
    }

    private static string TimeOf(TrafficFeed feed) => Browser.TimeOfDay(feed.Samples[feed.Samples.Count - 1].AtMs);
}
