using System.Collections.Generic;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Traffic;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Traffic.TrafficStrings;

namespace Kmesh.Plugin.Views.Traffic;

/// <summary>A daemon sampled for a mesh view: its node and pod ("" when none is sampled) and its feed.</summary>
public sealed record NodeFeed(string Node, string Pod, TrafficFeed? Feed)
{
    public TrafficSnapshot? Latest => Feed?.Latest;
    public IReadOnlyList<TrafficSample> Samples => Feed is null ? new List<TrafficSample>() : Feed.Samples;
    /// <summary>The last read failed or was malformed (the rows say "not read" only while no reading exists).</summary>
    public bool Failed => Feed is not null && (Feed.Problem is not null || Feed.Malformed is not null);
}

/// <summary>The traffic pieces the Workloads and Services views share: the sampled daemon of a node, a row's cell,
/// a details table with rates, and the details frame with its chart.</summary>
public static class TrafficRowParts
{
    /// <summary>A hook: samples the daemon on <paramref name="node"/> ("" samples nothing; a kernel-native daemon,
    /// which exports no traffic metrics, is not asked).</summary>
    public static NodeFeed UseNode(string node, List<V1Pod> daemons)
    {
        V1Pod? pod = node.Length == 0 ? null : DaemonHealthRules.DaemonOnNode(node, daemons);
        bool sampled = pod is not null && !DataplaneModeRules.FromPod(pod).IsKernelNative;
        string name = sampled ? pod!.Metadata?.Name ?? "" : "";
        TrafficFeed? feed = TrafficSampler.Use(name);
        return new NodeFeed(name.Length == 0 ? "" : node, name, feed);
    }

    /// <summary>One row's cell: figures, or why there are none.</summary>
    public static ReactElement Cell(TrafficReachKind reach, TrafficFigures figures, string notSampled, string noTraffic)
    {
        if (reach == TrafficReachKind.NotSampled) return Ui.Secondary(notSampled);
        if (reach == TrafficReachKind.Reading) return Ui.Secondary(S.RowReading);
        if (reach == TrafficReachKind.Unreadable) return Ui.Secondary(S.RowUnreadable);
        if (reach == TrafficReachKind.MonitoringOff) return Ui.Secondary(S.RowMonitoringOff);
        if (reach == TrafficReachKind.WorkloadMetricsOff) return Ui.Secondary(S.RowWorkloadMetricsOff);
        if (reach == TrafficReachKind.NoTraffic || figures.Counters is null) return Ui.Secondary(noTraffic);
        TrafficCounters c = figures.Counters;
        TrafficRate? r = figures.Rate;
        return Mui.Box(new BoxProps { Display = "flex", FlexDirection = "column" },
            Ui.Text(S.RowCounts(TrafficFormat.Count(c.Opened), TrafficFormat.Count(c.Closed))),
            Ui.Text(S.RowBytes(TrafficFormat.Bytes(c.SentBytes), TrafficFormat.Bytes(c.ReceivedBytes))),
            Ui.Text(S.RowLoss(TrafficFormat.Optional(c.Retransmits), TrafficFormat.Optional(c.PacketLoss))),
            r is null ? null : Ui.Secondary(S.RowRates(TrafficFormat.CountRate(r.OpenedPerSecond), TrafficFormat.BytesRate(Sum(r.SentBytesPerSecond, r.ReceivedBytesPerSecond)))));
    }

    /// <summary>What a view's rows sample, said once above its table (<paramref name="scope"/>), with the daemon's notices.</summary>
    public static ReactElement? Header(NodeFeed rows, string scope)
    {
        if (rows.Pod.Length == 0) return null;
        return Mui.Stack(new StackProps { Spacing = 1 }, Ui.Secondary(scope), rows.Feed is null ? null : TrafficTables.Notices(rows.Feed));
    }

    /// <summary>A row's traffic cell followed by the button that opens the row's details.</summary>
    public static ReactElement WithDetails(ReactElement cell, System.Action open) =>
        Mui.Box(new BoxProps { Display = "flex", FlexDirection = "column", AlignItems = "flex-start" },
            cell,
            Mui.Button(new ButtonProps { Size = "small", OnClick = open }, S.Details));

    /// <summary>The opened row (by key), or null.</summary>
    public static T? Find<T>(IReadOnlyList<T>? rows, string key, System.Func<T, string> keyOf) where T : class
    {
        if (rows is null || key.Length == 0) return null;
        foreach (T row in rows)
        {
            if (keyOf(row) == key) return row;
        }
        return null;
    }

    /// <summary>Every figure with its rate (from the last two samples).</summary>
    public static ReactElement Table(TrafficFigures figures)
    {
        TrafficCounters c = figures.Counters!;
        TrafficRate? r = figures.Rate;
        return CommonComponents.NameValueTable(new NameValueTableProps
        {
            Rows = new List<NameValueRow>
            {
                Row(S.FigOpened, TrafficFormat.Count(c.Opened), TrafficFormat.CountRate(r?.OpenedPerSecond)),
                Row(S.FigClosed, TrafficFormat.Count(c.Closed), TrafficFormat.CountRate(r?.ClosedPerSecond)),
                new NameValueRow { Name = S.FigOpen, Value = Ui.Text(TrafficFormat.Count(c.Open)) },
                Row(S.FigSent, TrafficFormat.Bytes(c.SentBytes), TrafficFormat.BytesRate(r?.SentBytesPerSecond)),
                Row(S.FigReceived, TrafficFormat.Bytes(c.ReceivedBytes), TrafficFormat.BytesRate(r?.ReceivedBytesPerSecond)),
                c.Retransmits is null ? new NameValueRow { Name = S.FigRetransmits, Value = Ui.Secondary(S.NeedsWorkloadMetrics) }
                    : Row(S.FigRetransmits, TrafficFormat.Count(c.Retransmits.Value), TrafficFormat.CountRate(r?.RetransmitsPerSecond)),
                c.PacketLoss is null ? new NameValueRow { Name = S.FigPacketLoss, Value = Ui.Secondary(S.NeedsWorkloadMetrics) }
                    : Row(S.FigPacketLoss, TrafficFormat.Count(c.PacketLoss.Value), TrafficFormat.CountRate(r?.PacketLossPerSecond)),
            },
        });
    }

    /// <summary>A details panel's traffic: whose daemon, its notices, the figures (or why none) and the chart.</summary>
    public static ReactElement Section(NodeFeed source, string node, TrafficReachKind reach, TrafficFigures figures, IReadOnlyList<RatePoint> series,
        string chartTitle, string noTraffic, ReactElement? more)
    {
        if (source.Pod.Length == 0) return Ui.Info(S.NoDaemonOnNode(node));
        TrafficFeed? feed = source.Feed;
        return Mui.Stack(new StackProps { Spacing = 1 },
            Ui.Secondary(S.SampledFrom(source.Node, source.Pod)),
            feed is null ? null : TrafficTables.Notices(feed),
            reach == TrafficReachKind.Figures ? Table(figures) : Cell(reach, figures, "", noTraffic),
            more,
            reach == TrafficReachKind.Figures ? TrafficChart.RenderSeries(series, source.Samples, chartTitle) : null,
            CommonComponents.Link(new LinkProps { RouteName = RouteNames.Traffic, Params = new RouteParams { Node = source.Node } }, S.OpenTrafficView));
    }

    /// <summary>The frame of a details panel: a titled section with a close button, then the content.</summary>
    public static ReactElement Frame(string title, System.Action close, params object?[] content)
    {
        var children = new List<object?>();
        children.Add(Mui.Box(new BoxProps { Display = "flex", JustifyContent = "flex-end" },
            Mui.Button(new ButtonProps { Size = "small", Variant = "outlined", OnClick = close }, S.Close)));
        children.AddRange(content);
        return Mui.Box(new BoxProps { Mb = 2 }, CommonComponents.SectionBox(new SectionBoxProps { Title = title }, children.ToArray()));
    }

    private static NameValueRow Row(string name, string value, string rate) => new NameValueRow { Name = name, Value = Ui.Text(S.WithRate(value, rate)) };

    private static double? Sum(double? a, double? b) => a is null || b is null ? null : a.Value + b.Value;
}
