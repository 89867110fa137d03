using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.Admin;

/// <summary>
/// The daemon's <c>:15020/status/metric</c> page in Prometheus text format (families and labels sorted, values in Go %g form):
/// service-level TCP metrics while monitoring is on, workload-level ones once switched on.
/// </summary>
public static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8; escaping=underscores";

    private sealed record Sample(SortedDictionary<string, string> Labels, double Value);

    public static string Render(ClusterModel model, SharedDumps dumps, AdminServer server, DateTime now)
    {
        var families = new SortedDictionary<string, (string Help, string Type, List<Sample> Samples)>(StringComparer.Ordinal);
        void Add(string name, string help, SortedDictionary<string, string> labels, double value)
        {
            if (!families.TryGetValue(name, out var family))
            {
                family = (help, "gauge", new List<Sample>());
                families[name] = family;
            }
            family.Samples.Add(new Sample(labels, value));
        }

        var node = server.Daemon.NodeName;
        var flows = server.MonitoringEnabled
            ? TrafficModel.Flows(model, dumps.Index, now).Where(f => f.Source.NodeName == node || f.Destination.NodeName == node).ToList()
            : new List<TrafficFlow>();
        foreach (var group in flows.SelectMany(f => Reporters(f, node).Select(r => (Flow: f, Reporter: r)))
                     .GroupBy(x => (x.Reporter, x.Flow.Source.WorkloadName, x.Flow.Source.Namespace, x.Flow.Service.Name, x.Flow.Service.Namespace)))
        {
            var first = group.First();
            var labels = ServiceLabels(first.Flow, first.Reporter);
            var opened = group.Sum(x => x.Flow.Connections);
            Add("kmesh_tcp_connections_opened_total", "The total number of TCP connections opened to a service", labels, opened);
            Add("kmesh_tcp_connections_closed_total", "The total number of TCP connections closed to a service", labels, opened - group.Count());
            Add("kmesh_tcp_received_bytes_total", "The size of the total number of bytes reveiced in response to a service over a TCP connection.", labels, group.Sum(x => Received(x.Flow, x.Reporter)));
            Add("kmesh_tcp_sent_bytes_total", "The size of the total number of bytes sent in response to a service over a TCP connection.", labels, group.Sum(x => Sent(x.Flow, x.Reporter)));
        }
        if (server.WorkloadMetricsEnabled)
        {
            foreach (var (flow, reporter) in flows.SelectMany(f => Reporters(f, node).Select(r => (f, r))))
            {
                var labels = WorkloadLabels(flow, reporter);
                Add("kmesh_tcp_workload_connections_opened_total", "The total number of TCP connections opened to a workload", labels, flow.Connections);
                Add("kmesh_tcp_workload_connections_closed_total", "The total number of TCP connections closed to a workload", labels, flow.Connections - 1);
                Add("kmesh_tcp_workload_received_bytes_total", "The size of the total number of bytes received in response to a workload over a TCP connection.", labels, Received(flow, reporter));
                Add("kmesh_tcp_workload_sent_bytes_total", "The size of the total number of bytes sent in response to a workload over a TCP connection.", labels, Sent(flow, reporter));
                Add("kmesh_tcp_retrans_total", "Total number of retransmissions of the workload over the TCP connection.", labels, flow.Retransmits);
                Add("kmesh_tcp_packet_loss_total", "Tracks the total number of TCP packets lost between source and destination.", labels, 0);
            }
        }
        if (server.ConnectionMetricsEnabled)
        {
            // One series per long-lived connection: the first of each flow stands for it.
            foreach (var (flow, reporter) in flows.SelectMany(f => Reporters(f, node).Select(r => (f, r))))
            {
                var labels = ServiceLabels(flow, reporter);
                labels["destination_pod_address"] = flow.Destination.PodIp;
                Add("kmesh_tcp_connection_sent_bytes_total", "The total number of bytes sent over established TCP connection.", labels, Sent(flow, reporter) / Math.Max(1, flow.Connections));
                Add("kmesh_tcp_connection_received_bytes_total", "The total number of bytes received over established TCP connection.", labels, Received(flow, reporter) / Math.Max(1, flow.Connections));
                Add("kmesh_tcp_connection_retrans_total", "The total retransmits over established TCP connection.", labels, 0);
                Add("kmesh_tcp_connection_packet_lost_total", "The total number of packets lost over established TCP connection.", labels, 0);
            }
        }

        var text = new StringBuilder();
        foreach (var (name, family) in families)
        {
            text.Append("# HELP ").Append(name).Append(' ').Append(family.Help).Append('\n');
            text.Append("# TYPE ").Append(name).Append(' ').Append(family.Type).Append('\n');
            foreach (var sample in family.Samples.OrderBy(s => string.Join(",", s.Labels.Select(kv => kv.Key + "=" + kv.Value)), StringComparer.Ordinal))
            {
                text.Append(name).Append('{')
                    .AppendJoin(',', sample.Labels.Select(kv => $"{kv.Key}=\"{kv.Value}\""))
                    .Append("} ").Append(FormatValue(sample.Value)).Append('\n');
            }
        }
        text.Append("# HELP promhttp_metric_handler_errors_total Total number of internal errors encountered by the promhttp metric handler.\n");
        text.Append("# TYPE promhttp_metric_handler_errors_total counter\n");
        text.Append("promhttp_metric_handler_errors_total{cause=\"encoding\"} 0\n");
        text.Append("promhttp_metric_handler_errors_total{cause=\"gathering\"} 0\n");
        return text.ToString();
    }

    /// <summary>Go's strconv.FormatFloat(v, 'g', -1, 64) for the whole-number values the daemon exports.</summary>
    public static string FormatValue(double value) =>
        Math.Abs(value) >= 1e6 ? value.ToString("0.##############e+00", CultureInfo.InvariantCulture) : value.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>Bytes the reporting end's socket sent: the client's requests, or the server's responses.</summary>
    private static double Sent(TrafficFlow flow, string reporter) => reporter == "source" ? flow.SentBytes : flow.ReceivedBytes;

    private static double Received(TrafficFlow flow, string reporter) => reporter == "source" ? flow.ReceivedBytes : flow.SentBytes;

    private static IEnumerable<string> Reporters(TrafficFlow flow, string node)
    {
        if (flow.Source.NodeName == node)
        {
            yield return "source";
        }
        if (flow.Destination.NodeName == node)
        {
            yield return "destination";
        }
    }

    private static SortedDictionary<string, string> ServiceLabels(TrafficFlow flow, string reporter)
    {
        var labels = CommonLabels(flow, reporter);
        labels["destination_service"] = flow.Service.Hostname;
        labels["destination_service_name"] = flow.Service.Name;
        labels["destination_service_namespace"] = flow.Service.Namespace;
        return labels;
    }

    private static SortedDictionary<string, string> WorkloadLabels(TrafficFlow flow, string reporter)
    {
        var labels = CommonLabels(flow, reporter);
        labels["destination_pod_address"] = flow.Destination.PodIp;
        labels["destination_pod_name"] = flow.Destination.Name;
        labels["destination_pod_namespace"] = flow.Destination.Namespace;
        return labels;
    }

    private static SortedDictionary<string, string> CommonLabels(TrafficFlow flow, string reporter) => new(StringComparer.Ordinal)
    {
        ["connection_security_policy"] = "mutual_tls",
        ["destination_app"] = flow.Destination.CanonicalName,
        ["destination_canonical_revision"] = flow.Destination.CanonicalRevision,
        ["destination_canonical_service"] = flow.Destination.CanonicalName,
        ["destination_cluster"] = "Kubernetes",
        ["destination_principal"] = "-",
        ["destination_version"] = flow.Destination.CanonicalRevision,
        ["destination_workload"] = flow.Destination.WorkloadName,
        ["destination_workload_namespace"] = flow.Destination.Namespace,
        ["reporter"] = reporter,
        ["request_protocol"] = "tcp",
        ["response_flags"] = "-",
        ["source_app"] = flow.Source.CanonicalName,
        ["source_canonical_revision"] = flow.Source.CanonicalRevision,
        ["source_canonical_service"] = flow.Source.CanonicalName,
        ["source_cluster"] = "Kubernetes",
        ["source_principal"] = "-",
        ["source_version"] = flow.Source.CanonicalRevision,
        ["source_workload"] = flow.Source.WorkloadName,
        ["source_workload_namespace"] = flow.Source.Namespace,
    };
}
