using System.Collections.Generic;
using System.Linq;
using Headlamp.Bindings;
using Kmesh.Model.Traffic;
using Kmesh.Model.Transport;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Traffic.TrafficStrings;

namespace Kmesh.Plugin.Views.Traffic;

/// <summary>Reusable pieces over a <see cref="TrafficFeed"/>: the coverage notices, the per-service and
/// per-workload tables, and a one-cell summary for another view's row.</summary>
public static class TrafficTables
{
    /// <summary>The feed's state as notices: failure (with the readings kept), malformed page, metric groups that are off.</summary>
    public static ReactElement? Notices(TrafficFeed feed)
    {
        var notices = new List<object?>();
        if (feed.Problem is not null) notices.Add(Ui.Failure(S.MetricsUnreachable, feed.Problem.Message, feed.Problem.Hint));
        if (feed.Malformed is not null) notices.Add(Ui.Failure(S.MalformedMetrics, feed.Malformed, null));
        TrafficSnapshot? latest = feed.Latest;
        if (latest is not null && !latest.Coverage.ServiceMetrics) notices.Add(Ui.Failure(S.MonitoringOff, S.MonitoringHint, null));
        else if (latest is not null && !latest.Coverage.WorkloadMetrics)
        {
            notices.Add(Mui.Alert(new AlertProps { Severity = "info" }, Mui.AlertTitle(S.WorkloadMetricsOff), Ui.Text(S.WorkloadMetricsHint)));
        }
        if (feed.Paused) notices.Add(Ui.Info(S.Paused));
        return notices.Count == 0 ? null : Mui.Stack(new StackProps { Spacing = 1 }, notices.ToArray());
    }

    public static string Via(TrafficFeed feed) => feed.Via == TransportStrategy.Exec ? SharedStrings.Exec : SharedStrings.PodProxy;

    /// <summary>One line for another view's row: counters and, with two samples, rates; "" when nothing is known.</summary>
    public static string Summary(TrafficFigures figures)
    {
        if (figures.Counters is null) return "";
        TrafficCounters c = figures.Counters;
        string counts = S.ServerSide(TrafficFormat.Count(c.Opened), TrafficFormat.Bytes(c.SentBytes), TrafficFormat.Bytes(c.ReceivedBytes));
        if (figures.Rate is null) return counts;
        return counts + " · " + TrafficFormat.CountRate(figures.Rate.OpenedPerSecond) + ", " + TrafficFormat.BytesRate(
            Add(figures.Rate.SentBytesPerSecond, figures.Rate.ReceivedBytesPerSecond));
    }

    private static double? Add(double? a, double? b) => a is null || b is null ? null : a.Value + b.Value;

    public static ReactElement Services(TrafficFeed feed, string search)
    {
        TrafficSnapshot snapshot = feed.Latest!;
        string needle = search.Trim().ToLowerInvariant();
        List<ServiceTraffic> rows = snapshot.Services.Where(s => needle.Length == 0 || s.Key.ToLowerInvariant().Contains(needle) || s.Hostname.ToLowerInvariant().Contains(needle)).ToList();
        return CommonComponents.SimpleTable(new SimpleTableProps<ServiceTraffic>
        {
            Columns = new List<TableColumn<ServiceTraffic>>
            {
                new TableColumn<ServiceTraffic> { Label = S.ColService, Getter = s => ServiceName(s) },
                new TableColumn<ServiceTraffic> { Label = S.ColNamespace, Getter = s => s.Namespace.Length == 0 ? S.External : s.Namespace },
                new TableColumn<ServiceTraffic> { Label = S.ColOpened, Getter = s => TrafficFormat.Count(s.Counters.Opened) },
                new TableColumn<ServiceTraffic> { Label = S.ColOpen, Getter = s => TrafficFormat.Count(s.Counters.Open) },
                new TableColumn<ServiceTraffic> { Label = S.ColSent, Getter = s => TrafficFormat.Bytes(s.Counters.SentBytes) },
                new TableColumn<ServiceTraffic> { Label = S.ColReceived, Getter = s => TrafficFormat.Bytes(s.Counters.ReceivedBytes) },
                new TableColumn<ServiceTraffic> { Label = S.ColConnectionRate, Getter = s => TrafficFormat.CountRate(TrafficLookup.Service(feed.Samples, s.Namespace, s.Name).Rate?.OpenedPerSecond) },
                new TableColumn<ServiceTraffic> { Label = S.ColSentRate, Getter = s => TrafficFormat.BytesRate(TrafficLookup.Service(feed.Samples, s.Namespace, s.Name).Rate?.SentBytesPerSecond) },
                new TableColumn<ServiceTraffic> { Label = S.ColReceivedRate, Getter = s => TrafficFormat.BytesRate(TrafficLookup.Service(feed.Samples, s.Namespace, s.Name).Rate?.ReceivedBytesPerSecond) },
            },
            Data = rows,
            EmptyMessage = S.NoServices,
        });
    }

    private static object ServiceName(ServiceTraffic s) => s.Namespace.Length == 0
        ? s.Name
        : CommonComponents.Link(new LinkProps { RouteName = RouteNames.HeadlampService, Params = new RouteParams { Namespace = s.Namespace, Name = s.Name } }, s.Name);

    public static ReactElement Workloads(TrafficFeed feed, string search)
    {
        TrafficSnapshot snapshot = feed.Latest!;
        string needle = search.Trim().ToLowerInvariant();
        List<WorkloadTraffic> rows = snapshot.Workloads.Where(w => needle.Length == 0 || w.Key.ToLowerInvariant().Contains(needle)).ToList();
        return CommonComponents.SimpleTable(new SimpleTableProps<WorkloadTraffic>
        {
            Columns = new List<TableColumn<WorkloadTraffic>>
            {
                new TableColumn<WorkloadTraffic> { Label = S.ColWorkload, Getter = w => w.WorkloadName },
                new TableColumn<WorkloadTraffic> { Label = S.ColNamespace, Getter = w => w.Namespace },
                new TableColumn<WorkloadTraffic> { Label = S.ColInbound, Getter = w => Summary(TrafficLookup.WorkloadInbound(feed.Samples, w.Namespace, w.WorkloadName)) },
                new TableColumn<WorkloadTraffic> { Label = S.ColRetransmits, Getter = w => TrafficFormat.Optional(w.Inbound?.Retransmits) },
                new TableColumn<WorkloadTraffic> { Label = S.ColPacketLoss, Getter = w => TrafficFormat.Optional(w.Inbound?.PacketLoss) },
                new TableColumn<WorkloadTraffic> { Label = S.ColOutbound, Getter = w => Summary(TrafficLookup.WorkloadOutbound(feed.Samples, w.Namespace, w.WorkloadName)) },
            },
            Data = rows,
            EmptyMessage = S.NoWorkloads,
        });
    }

    public static ReactElement Pods(TrafficFeed feed, string search)
    {
        TrafficSnapshot snapshot = feed.Latest!;
        string needle = search.Trim().ToLowerInvariant();
        List<PodTraffic> rows = snapshot.Pods.Where(p => needle.Length == 0 || p.Key.ToLowerInvariant().Contains(needle)).ToList();
        return CommonComponents.SimpleTable(new SimpleTableProps<PodTraffic>
        {
            Columns = new List<TableColumn<PodTraffic>>
            {
                new TableColumn<PodTraffic> { Label = S.ColPod, Getter = p => CommonComponents.Link(new LinkProps { RouteName = RouteNames.HeadlampPod, Params = new RouteParams { Namespace = p.Namespace, Name = p.PodName } }, p.PodName) },
                new TableColumn<PodTraffic> { Label = S.ColNamespace, Getter = p => p.Namespace },
                new TableColumn<PodTraffic> { Label = S.ColWorkload, Getter = p => p.WorkloadName },
                new TableColumn<PodTraffic> { Label = S.ColInbound, Getter = p => Summary(TrafficLookup.PodInbound(feed.Samples, p.Namespace, p.PodName)) },
                new TableColumn<PodTraffic> { Label = S.ColRetransmits, Getter = p => TrafficFormat.Optional(p.Inbound.Retransmits) },
                new TableColumn<PodTraffic> { Label = S.ColPacketLoss, Getter = p => TrafficFormat.Optional(p.Inbound.PacketLoss) },
            },
            Data = rows,
            EmptyMessage = S.NoWorkloads,
        });
    }
}
