using System.Collections.Generic;
using Kmesh.Model.Transport;
using Kmesh.Model.Text;

namespace Kmesh.Model.Operations;

/// <summary>One of the daemon's POST-only runtime switches (KMESH.md §3); its words follow the language.</summary>
public sealed record RuntimeSwitch(string Id, string Path)
{
    public string Label => Id switch
    {
        "monitoring" => Say.T("Monitoring"),
        "accesslog" => Say.T("Access logs"),
        "workload_metrics" => Say.T("Workload metrics"),
        "connection_metrics" => Say.T("Connection metrics"),
        _ => Say.T("Authorization offload (XDP)"),
    };

    public string Effect => Id switch
    {
        "monitoring" => Say.T("the daemon's eBPF monitoring (service metrics); turning it off also stops access logs and workload/connection metrics"),
        "accesslog" => Say.T("one \"accesslog:\" line per connection in the kmesh container's log"),
        "workload_metrics" => Say.T("kmesh_tcp_workload_* metrics on :15020/status/metric"),
        "connection_metrics" => Say.T("kmesh_tcp_connection_* metrics on :15020/status/metric"),
        _ => Say.T("authorization policy enforcement in XDP instead of user space"),
    };
}

public static class RuntimeSwitches
{
    public static readonly RuntimeSwitch Monitoring = new RuntimeSwitch("monitoring", "/monitoring");
    public static readonly RuntimeSwitch AccessLogs = new RuntimeSwitch("accesslog", "/accesslog");
    public static readonly RuntimeSwitch WorkloadMetrics = new RuntimeSwitch("workload_metrics", "/workload_metrics");
    public static readonly RuntimeSwitch ConnectionMetrics = new RuntimeSwitch("connection_metrics", "/connection_metrics");
    public static readonly RuntimeSwitch AuthzOffload = new RuntimeSwitch("authz", "/authz");

    public static IReadOnlyList<RuntimeSwitch> All { get; } = new List<RuntimeSwitch>
    {
        Monitoring, AccessLogs, WorkloadMetrics, ConnectionMetrics, AuthzOffload,
    };

    public static RuntimeSwitch? Find(string id)
    {
        foreach (RuntimeSwitch item in All)
        {
            if (item.Id == id) return item;
        }
        return null;
    }

    public static AdminRequest Request(RuntimeSwitch item, bool enable)
        => AdminRequest.Post($"{item.Path}?enable={(enable ? "true" : "false")}", null);

    /// <summary>Why switches are not offered for a daemon mode; null when they are (dual-engine).</summary>
    public static string? NotOffered(string mode) => mode == "dual-engine"
        ? null
        : Say.T("Runtime switches exist only in dual-engine mode. This daemon runs {{mode}}: its monitoring, access-log and metrics handlers are not set up, and a request to them crashes the request handler.", "mode", mode);

    /// <summary>"Enable access logs" / "Disable access logs".</summary>
    public static string Verb(RuntimeSwitch item, bool enable) => $"{(enable ? "Enable" : "Disable")} {item.Label.ToLowerInvariant()}";
}
