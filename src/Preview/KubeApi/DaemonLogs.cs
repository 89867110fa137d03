using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Kmesh.Preview.Admin;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.KubeApi;

/// <summary>
/// What the kmesh container's log holds beyond its start-up lines, driven by the daemon's runtime state: the
/// previous container's log (why it exited) and, once access logs are switched on, one <c>accesslog:</c> line per
/// connection the daemon's node sees, in the daemon's own format.
/// </summary>
public static class DaemonLogs
{
    /// <summary>The previous run's log, or null when the container never restarted (the API answers 400 then).</summary>
    public static string? Previous(ClusterModel model, DaemonInfo daemon)
    {
        if (daemon.Restarts == 0)
        {
            return null;
        }
        var start = model.Now - TimeSpan.FromMinutes(daemon.Health == DaemonHealth.CrashLoopBackOff ? 8 : 25);
        var log = new StringBuilder();
        void Line(int second, string level, string message) =>
            log.Append("time=\"").Append(Time(start + TimeSpan.FromSeconds(second))).Append("\" level=").Append(level)
                .Append(" msg=\"").Append(message.Replace("\"", "\\\"")).Append("\" subsys=manager\n");
        Line(0, "info", $"FLAG: --mode=\"{model.ModeArgument}\"");
        Line(1, "info", "bpf loader start successfully");
        Line(2, "error", "failed to start controller: failed to get xds client: dial tcp 10.96.52.140:15012: connect: connection refused");
        Line(2, "fatal", "failed to start kmesh daemon, exit");
        return log.ToString();
    }

    /// <summary>The 400 the API server answers for <c>previous=true</c> on a container that never restarted.</summary>
    public static string NoPreviousMessage(string pod) => $"previous terminated container \"kmesh\" in pod \"{pod}\" not found";

    /// <summary>Access-log lines for connections through the daemon's node while access logs are on.</summary>
    public static string AccessLog(ClusterModel model, AdminServers admin, AdminServer server)
    {
        if (!server.AccesslogEnabled)
        {
            return "";
        }
        var node = server.Daemon.NodeName;
        var log = new StringBuilder();
        // Connections close one after another from the moment access logs were switched on; none is logged ahead of now.
        var now = DateTime.UtcNow;
        var at = server.AccesslogSince;
        foreach (var flow in TrafficModel.Flows(model, admin.Dumps.Index, model.Now).Where(f => f.Source.NodeName == node || f.Destination.NodeName == node).Take(20))
        {
            if (at > now)
            {
                break;
            }
            var port = flow.Service.Ports.FirstOrDefault()?.TargetPort ?? flow.Destination.ContainerPort;
            var sourcePort = 40000 + (int)(flow.Connections % 20000);
            log.Append("accesslog: ").Append(GoTime(at)).Append(' ')
                .Append($"src.addr={flow.Source.PodIp}:{sourcePort}, src.workload={flow.Source.Name}, src.namespace={flow.Source.Namespace}, ")
                .Append($"dst.addr={flow.Destination.PodIp}:{port}, dst.service={flow.Service.Hostname}, dst.workload={flow.Destination.Name}, dst.namespace={flow.Destination.Namespace}, ")
                .Append($"start_time={GoTime(at - TimeSpan.FromSeconds(5))}, direction={(flow.Source.NodeName == node ? "OUTBOUND" : "INBOUND")}, state=BPF_TCP_CLOSE, ")
                .Append($"sent_bytes={flow.SentBytes % 100000}, received_bytes={flow.ReceivedBytes % 2000000}, packet_loss=0, retransmissions={flow.Retransmits % 4}, ")
                .Append("srtt=412us, min_rtt=88us, duration=5000.118522ms\n");
            at += TimeSpan.FromMilliseconds(50);
        }
        return log.ToString();
    }

    private static string Time(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string GoTime(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture) + "00 +0000 UTC";
}
