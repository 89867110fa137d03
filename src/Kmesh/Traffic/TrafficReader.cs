using System.Collections.Generic;
using System.Text;
using Kmesh.Model.Sources.Metrics;

namespace Kmesh.Model.Traffic;

/// <summary>Turns the Prometheus page of one daemon into per-service, per-workload and per-pod counters
/// (KMESH.md §4). Labels Kmesh does not know are written "-"; such a side of a connection has no row.</summary>
public static class TrafficReader
{
    public const string ServiceOpened = "kmesh_tcp_connections_opened_total";
    public const string ServiceClosed = "kmesh_tcp_connections_closed_total";
    public const string ServiceSent = "kmesh_tcp_sent_bytes_total";
    public const string ServiceReceived = "kmesh_tcp_received_bytes_total";
    public const string WorkloadOpened = "kmesh_tcp_workload_connections_opened_total";
    public const string WorkloadClosed = "kmesh_tcp_workload_connections_closed_total";
    public const string WorkloadSent = "kmesh_tcp_workload_sent_bytes_total";
    public const string WorkloadReceived = "kmesh_tcp_workload_received_bytes_total";
    public const string Retransmits = "kmesh_tcp_retrans_total";
    public const string PacketLoss = "kmesh_tcp_packet_loss_total";
    public const string ConnectionSent = "kmesh_tcp_connection_sent_bytes_total";
    private const string ConnectionPrefix = "kmesh_tcp_connection_";

    private static readonly string[] ServiceFamilies = { ServiceOpened, ServiceClosed, ServiceSent, ServiceReceived };
    private static readonly string[] WorkloadFamilies = { WorkloadOpened, WorkloadClosed, WorkloadSent, WorkloadReceived, Retransmits, PacketLoss };

    /// <summary>Parses the page text, then reads it.</summary>
    public static Parsed<TrafficSnapshot> Read(string? text)
    {
        Parsed<MetricsText> parsed = PrometheusReader.Read(text);
        if (parsed.Value is null) return Parsed<TrafficSnapshot>.Failure(parsed.Error!);
        return Parsed<TrafficSnapshot>.Success(From(parsed.Value));
    }

    public static TrafficSnapshot From(MetricsText metrics)
    {
        bool serviceMetrics = false;
        bool workloadMetrics = false;
        int connectionSeries = 0;
        bool connectionMetrics = false;
        foreach (MetricFamily family in metrics.Families)
        {
            if (family.Name == ServiceOpened) serviceMetrics = true;
            if (family.Name == WorkloadOpened) workloadMetrics = true;
            if (family.Name.StartsWith(ConnectionPrefix, System.StringComparison.Ordinal))
            {
                connectionMetrics = true;
                if (family.Name == ConnectionSent) connectionSeries = family.Samples.Count;
            }
        }

        Dictionary<string, FlowReports> serviceFlows = Flows(metrics, ServiceFamilies);
        Dictionary<string, FlowReports> workloadFlows = Flows(metrics, WorkloadFamilies);

        var services = new Accumulator<ServiceTraffic>();
        var outbound = new Dictionary<string, TrafficCounters>();
        var outboundOrder = new List<string>();
        foreach (FlowReports flow in serviceFlows.Values)
        {
            MetricSample labels = flow.Labels;
            string serviceName = Known(labels.Label("destination_service_name"));
            string serviceNamespace = Known(labels.Label("destination_service_namespace"));
            string hostname = Known(labels.Label("destination_service"));
            string name = serviceName.Length > 0 ? serviceName : hostname;
            if (name.Length > 0)
            {
                string ns = serviceName.Length > 0 ? serviceNamespace : "";
                services.Add(TrafficKeys.Of(ns, name), flow.ServerSide(), c => new ServiceTraffic(ns, name, hostname, c));
            }
            string client = Known(labels.Label("source_workload"));
            if (client.Length > 0)
            {
                string key = TrafficKeys.Of(Known(labels.Label("source_workload_namespace")), client);
                TrafficCounters side = flow.ClientSide();
                if (outbound.TryGetValue(key, out TrafficCounters? existing)) outbound[key] = existing.Plus(side);
                else
                {
                    outbound[key] = side;
                    outboundOrder.Add(key);
                }
            }
        }

        var inbound = new Accumulator<WorkloadTraffic>();
        var pods = new Accumulator<PodTraffic>();
        foreach (FlowReports flow in workloadFlows.Values)
        {
            MetricSample labels = flow.Labels;
            string workload = Known(labels.Label("destination_workload"));
            string workloadNamespace = Known(labels.Label("destination_workload_namespace"));
            TrafficCounters server = flow.ServerSide();
            if (workload.Length > 0)
            {
                inbound.Add(TrafficKeys.Of(workloadNamespace, workload), server, c => new WorkloadTraffic(workloadNamespace, workload, c, null));
            }
            string pod = Known(labels.Label("destination_pod_name"));
            if (pod.Length > 0)
            {
                string podNamespace = Known(labels.Label("destination_pod_namespace"));
                pods.Add(TrafficKeys.Of(podNamespace, pod), server, c => new PodTraffic(podNamespace, pod, workload, c));
            }
        }

        var workloads = new List<WorkloadTraffic>();
        var seen = new HashSet<string>();
        foreach (WorkloadTraffic w in inbound.Rows())
        {
            TrafficCounters? client = outbound.TryGetValue(w.Key, out TrafficCounters? o) ? o : null;
            workloads.Add(new WorkloadTraffic(w.Namespace, w.WorkloadName, w.Inbound, client));
            seen.Add(w.Key);
        }
        foreach (string key in outboundOrder)
        {
            if (seen.Contains(key)) continue;
            int slash = key.IndexOf('/');
            string ns = slash < 0 ? "" : key.Substring(0, slash);
            string name = slash < 0 ? key : key.Substring(slash + 1);
            workloads.Add(new WorkloadTraffic(ns, name, null, outbound[key]));
        }
        workloads.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        List<ServiceTraffic> serviceRows = services.Rows();
        serviceRows.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        List<PodTraffic> podRows = pods.Rows();
        podRows.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new TrafficSnapshot(new MetricsCoverage(serviceMetrics, workloadMetrics, connectionMetrics, connectionSeries),
            serviceRows, workloads, podRows);
    }

    /// <summary>"-" and "" mean unknown.</summary>
    private static string Known(string value) => value == "-" ? "" : value;

    /// <summary>Groups the samples of the given families by connection identity (every label but
    /// <c>reporter</c>), keeping each reporter's counters apart.</summary>
    private static Dictionary<string, FlowReports> Flows(MetricsText metrics, string[] families)
    {
        var flows = new Dictionary<string, FlowReports>();
        for (int f = 0; f < families.Length; f++)
        {
            MetricFamily? family = metrics.Family(families[f]);
            if (family is null) continue;
            foreach (MetricSample sample in family.Samples)
            {
                string key = FlowKey(sample);
                if (!flows.TryGetValue(key, out FlowReports? flow))
                {
                    flow = new FlowReports(sample);
                    flows[key] = flow;
                }
                flow.Add(sample.Label("reporter") == "source", families[f], sample.Value);
            }
        }
        return flows;
    }

    private static string FlowKey(MetricSample sample)
    {
        var sb = new StringBuilder();
        foreach (MetricLabel label in sample.Labels)
        {
            if (label.Name == "reporter") continue;
            sb.Append(label.Name).Append('=').Append(label.Value).Append('\u0001');
        }
        return sb.ToString();
    }

    /// <summary>One connection identity's counters as each end reported them.</summary>
    private sealed class FlowReports
    {
        private readonly Side source = new Side();
        private readonly Side destination = new Side();

        public FlowReports(MetricSample labels) => Labels = labels;

        public MetricSample Labels { get; }

        public void Add(bool fromSource, string family, double value) => (fromSource ? source : destination).Add(family, value);

        /// <summary>The server's view: its own report, else the client's with sent/received swapped. Retransmits and
        /// packet loss are each end's own socket, so both ends' reports are added.</summary>
        public TrafficCounters ServerSide()
        {
            TrafficCounters view = destination.Reported ? destination.Counters() : source.Counters().Swapped();
            double? retransmits = Sum(source.RetransmitSum, destination.RetransmitSum);
            double? loss = Sum(source.LossSum, destination.LossSum);
            return new TrafficCounters(view.Opened, view.Closed, view.SentBytes, view.ReceivedBytes, retransmits, loss);
        }

        /// <summary>The client's view: its own report, else the server's swapped; no retransmit metric exists here.</summary>
        public TrafficCounters ClientSide()
        {
            TrafficCounters view = source.Reported ? source.Counters() : destination.Counters().Swapped();
            return new TrafficCounters(view.Opened, view.Closed, view.SentBytes, view.ReceivedBytes, null, null);
        }

        private static double? Sum(double? a, double? b) => a is null ? b : b is null ? a : a.Value + b.Value;
    }

    private sealed class Side
    {
        public bool Reported { get; private set; }
        private double opened;
        private double closed;
        private double sent;
        private double received;
        public double? RetransmitSum { get; private set; }
        public double? LossSum { get; private set; }

        public void Add(string family, double value)
        {
            if (family == Retransmits) { RetransmitSum = (RetransmitSum ?? 0) + value; return; }
            if (family == PacketLoss) { LossSum = (LossSum ?? 0) + value; return; }
            Reported = true;
            if (family == ServiceOpened || family == WorkloadOpened) opened += value;
            else if (family == ServiceClosed || family == WorkloadClosed) closed += value;
            else if (family == ServiceSent || family == WorkloadSent) sent += value;
            else if (family == ServiceReceived || family == WorkloadReceived) received += value;
        }

        public TrafficCounters Counters() => new TrafficCounters(opened, closed, sent, received, null, null);
    }

    /// <summary>Sums counters per key, keeping first-seen order.</summary>
    private sealed class Accumulator<T>
    {
        private readonly Dictionary<string, TrafficCounters> sums = new Dictionary<string, TrafficCounters>();
        private readonly Dictionary<string, System.Func<TrafficCounters, T>> makers = new Dictionary<string, System.Func<TrafficCounters, T>>();
        private readonly List<string> order = new List<string>();

        public void Add(string key, TrafficCounters counters, System.Func<TrafficCounters, T> make)
        {
            if (sums.TryGetValue(key, out TrafficCounters? existing))
            {
                sums[key] = existing.Plus(counters);
                return;
            }
            sums[key] = counters;
            makers[key] = make;
            order.Add(key);
        }

        public List<T> Rows()
        {
            var rows = new List<T>();
            foreach (string key in order) rows.Add(makers[key](sums[key]));
            return rows;
        }
    }
}
