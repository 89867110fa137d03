using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Traffic;

/// <summary>Every user-visible text of the traffic view and its reusable pieces.</summary>
public static class TrafficStrings
{
    public static string Title => Tr.T("Traffic");
    public static string Subtitle(int metricsPort) => Tr.T("TCP traffic the Kmesh daemon on one node has seen, from its metrics on port {{metricsPort}}", "metricsPort", metricsPort);
    public static string NodeLabel => Tr.T("Node");
    public static string ChooseNode => Tr.T("Choose a node to sample its daemon's metrics. Only that node's daemon is contacted, and only while this page is visible.");
    public static string NoDaemons => Tr.T("No Kmesh daemon pods were found, so there is no node to sample.");
    public static string Loading => Tr.T("Reading the daemon's metrics");
    public static string MetricsUnreachable => Tr.T("The daemon's metrics could not be read");
    public static string MalformedMetrics => Tr.T("The daemon's metrics page could not be read");
    public static string KernelNative => Tr.T("This node's daemon runs in kernel-native mode, which exports no traffic metrics.");
    public static string Paused => Tr.T("Sampling is paused while the page is hidden.");
    public static string WaitingForSecond => Tr.T("Rates appear after the second sample.");
    public static string MonitoringOff => Tr.T("The daemon exports no TCP metrics: monitoring is off, or no connection has been seen since it was switched on.");
    public static string MonitoringHint => Tr.T("Monitoring is on by default; switch it on with kmeshctl monitoring --all enable or the admin POST /monitoring?enable=true.");
    public static string WorkloadMetricsOff => Tr.T("Workload metrics are off (or no connection has been seen since they were switched on): per-workload inbound traffic, retransmits and packet loss are not available.");
    public static string WorkloadMetricsHint => Tr.T("Switch them on with kmeshctl monitoring --workload-metrics enable, or the admin POST /workload_metrics?enable=true on the daemon.");
    public static string ChartTitle => Tr.T("Rates on this node");
    public static string Services => Tr.T("Services");
    public static string Workloads => Tr.T("Workloads");
    public static string Pods => Tr.T("Pods");
    public static string NoServices => Tr.T("No service traffic recorded on this node.");
    public static string NoWorkloads => Tr.T("No workload traffic recorded on this node.");
    public static string Search => Tr.T("Search");
    public static string External => Tr.T("outside the mesh");

    public static string ColService => Tr.T("Service");
    public static string ColWorkload => Tr.T("Workload");
    public static string ColPod => Tr.T("Pod");
    public static string ColNamespace => Tr.T("Namespace");
    public static string ColOpened => Tr.T("Opened");
    public static string ColOpen => Tr.T("Open now");
    public static string ColClosed => Tr.T("Closed");
    public static string ColSent => Tr.T("Sent");
    public static string ColReceived => Tr.T("Received");
    public static string ColRetransmits => Tr.T("Retransmits");
    public static string ColPacketLoss => Tr.T("Packet loss");
    public static string ColConnectionRate => Tr.T("Connections/s");
    public static string ColSentRate => Tr.T("Sent/s");
    public static string ColReceivedRate => Tr.T("Received/s");
    public static string ColInbound => Tr.T("As server");
    public static string ColOutbound => Tr.T("As client");

    public static string SeriesOpened => Tr.T("connections opened/s");
    public static string SeriesSent => Tr.T("bytes sent/s");
    public static string SeriesReceived => Tr.T("bytes received/s");

    public static string Sampled(int samples, string via, string time) =>
        samples == 1
            ? Tr.T("1 sample through {{via}}; last at {{time}}.", "via", via, "time", time)
            : Tr.T("{{samples}} samples through {{via}}; last at {{time}}.", "samples", samples, "via", via, "time", time);
    public static string ModeOf(string node, string mode) => Tr.T("Node {{node}} runs Kmesh in {{mode}} mode", "node", node, "mode", mode);
    public static string ServerSide(string opened, string sent, string received) => Tr.T("{{opened}} conns, sent {{sent}}, received {{received}}", "opened", opened, "sent", sent, "received", received);

    // Traffic in the Workloads and Services views' rows and details.
    public static string ColTraffic => Tr.T("Traffic");
    public static string RowReading => Tr.T("Reading the daemon's metrics");
    public static string RowUnreadable => Tr.T("Not read (see above)");
    public static string RowMonitoringOff => Tr.T("Not recorded: no TCP metrics (see above)");
    public static string RowWorkloadMetricsOff => Tr.T("Not recorded: workload metrics off (see above)");
    public static string Details => Tr.T("Details");
    public static string Close => Tr.T("Close");
    public static string FigOpened => Tr.T("Connections opened");
    public static string FigClosed => Tr.T("Connections closed");
    public static string FigOpen => Tr.T("Open now");
    public static string FigSent => Tr.T("Bytes sent");
    public static string FigReceived => Tr.T("Bytes received");
    public static string FigRetransmits => Tr.T("Retransmits");
    public static string FigPacketLoss => Tr.T("Packet loss");
    public static string NeedsWorkloadMetrics => Tr.T("– (needs workload metrics)");
    public static string OpenTrafficView => Tr.T("Open this node in the Traffic view");
    public static string RowCounts(string opened, string closed) => Tr.T("{{opened}} opened · {{closed}} closed", "opened", opened, "closed", closed);
    public static string RowBytes(string sent, string received) => Tr.T("sent {{sent}} · received {{received}}", "sent", sent, "received", received);
    public static string RowLoss(string retransmits, string loss) => Tr.T("retransmits {{retransmits}} · packet loss {{loss}}", "retransmits", retransmits, "loss", loss);
    public static string RowRates(string connections, string bytes) => Tr.T("now {{connections}} conns · {{bytes}}", "connections", connections, "bytes", bytes);
    public static string WithRate(string value, string rate) => $"{value} ({rate})";
    public static string SampledFrom(string node, string pod) =>
        Tr.T("Traffic read from the daemon on node {{node}} (pod {{pod}}) every 10 s while this page is visible; a daemon sees only the connections of its own node.", "node", node, "pod", pod);
    public static string NoDaemonOnNode(string node) => Tr.T("No dual-engine Kmesh daemon runs on node {{node}}, so its traffic cannot be read.", "node", node);
}
