namespace Kmesh.Plugin.Views.Traffic;

/// <summary>Every user-visible text of the traffic view and its reusable pieces.</summary>
public static class TrafficStrings
{
    public const string Title = "Traffic";
    public static string Subtitle(int metricsPort) => $"TCP traffic the Kmesh daemon on one node has seen, from its metrics on port {metricsPort}";
    public const string NodeLabel = "Node";
    public const string ChooseNode = "Choose a node to sample its daemon's metrics. Only that node's daemon is contacted, and only while this page is visible.";
    public const string NoDaemons = "No Kmesh daemon pods were found, so there is no node to sample.";
    public const string Loading = "Reading the daemon's metrics";
    public const string MetricsUnreachable = "The daemon's metrics could not be read";
    public const string MalformedMetrics = "The daemon's metrics page could not be read";
    public const string KernelNative = "This node's daemon runs in kernel-native mode, which exports no traffic metrics.";
    public const string Paused = "Sampling is paused while the page is hidden.";
    public const string WaitingForSecond = "Rates appear after the second sample.";
    public const string MonitoringOff = "The daemon exports no TCP metrics: monitoring is off, or no connection has been seen since it was switched on.";
    public const string MonitoringHint = "Monitoring is on by default; switch it on with kmeshctl monitoring --all enable or the admin POST /monitoring?enable=true.";
    public const string WorkloadMetricsOff = "Workload metrics are off (or no connection has been seen since they were switched on): per-workload inbound traffic, retransmits and packet loss are not available.";
    public const string WorkloadMetricsHint = "Switch them on with kmeshctl monitoring --workload-metrics enable, or the admin POST /workload_metrics?enable=true on the daemon.";
    public const string ChartTitle = "Rates on this node";
    public const string Services = "Services";
    public const string Workloads = "Workloads";
    public const string Pods = "Pods";
    public const string NoServices = "No service traffic recorded on this node.";
    public const string NoWorkloads = "No workload traffic recorded on this node.";
    public const string Search = "Search";
    public const string External = "outside the mesh";

    public const string ColService = "Service";
    public const string ColWorkload = "Workload";
    public const string ColPod = "Pod";
    public const string ColNamespace = "Namespace";
    public const string ColOpened = "Opened";
    public const string ColOpen = "Open now";
    public const string ColClosed = "Closed";
    public const string ColSent = "Sent";
    public const string ColReceived = "Received";
    public const string ColRetransmits = "Retransmits";
    public const string ColPacketLoss = "Packet loss";
    public const string ColConnectionRate = "Connections/s";
    public const string ColSentRate = "Sent/s";
    public const string ColReceivedRate = "Received/s";
    public const string ColInbound = "As server";
    public const string ColOutbound = "As client";

    public const string SeriesOpened = "connections opened/s";
    public const string SeriesSent = "bytes sent/s";
    public const string SeriesReceived = "bytes received/s";

    public static string Sampled(int samples, string via, string time) =>
        $"{samples} {(samples == 1 ? "sample" : "samples")} through {via}; last at {time}.";
    public static string ModeOf(string node, string mode) => $"Node {node} runs Kmesh in {mode} mode";
    public static string ServerSide(string opened, string sent, string received) => $"{opened} conns, sent {sent}, received {received}";

    // Traffic in the Workloads and Services views' rows and details.
    public const string ColTraffic = "Traffic";
    public const string RowReading = "Reading the daemon's metrics";
    public const string RowUnreadable = "Not read: the daemon's metrics could not be read (see above).";
    public const string RowMonitoringOff = "Not recorded: the daemon exports no TCP metrics (see above).";
    public const string RowWorkloadMetricsOff = "Not recorded: workload metrics are off (see above).";
    public const string Details = "Details";
    public const string Close = "Close";
    public const string FigOpened = "Connections opened";
    public const string FigClosed = "Connections closed";
    public const string FigOpen = "Open now";
    public const string FigSent = "Bytes sent";
    public const string FigReceived = "Bytes received";
    public const string FigRetransmits = "Retransmits";
    public const string FigPacketLoss = "Packet loss";
    public const string NeedsWorkloadMetrics = "– (needs workload metrics)";
    public const string OpenTrafficView = "Open this node in the Traffic view";
    public static string RowCounts(string opened, string closed) => $"{opened} opened · {closed} closed";
    public static string RowBytes(string sent, string received) => $"sent {sent} · received {received}";
    public static string RowLoss(string retransmits, string loss) => $"retransmits {retransmits} · packet loss {loss}";
    public static string RowRates(string connections, string bytes) => $"now {connections} conns · {bytes}";
    public static string WithRate(string value, string rate) => $"{value} ({rate})";
    public static string SampledFrom(string node, string pod) =>
        $"Traffic read from the daemon on node {node} (pod {pod}) every 10 s while this page is visible; a daemon sees only the connections of its own node.";
    public static string NoDaemonOnNode(string node) => $"No dual-engine Kmesh daemon runs on node {node}, so its traffic cannot be read.";
}
