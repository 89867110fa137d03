using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Kmesh.Preview.Scenarios;
using Microsoft.AspNetCore.Http;

namespace Kmesh.Preview.KubeApi;

/// <summary><c>pods/&lt;name&gt;/log</c>: logrus lines of the kmesh daemon (the last run's, for a crash-looping one).</summary>
public static class PodLogs
{
    public static Task ServeAsync(HttpContext context, SimulatedCluster cluster, string ns, string podName)
    {
        var model = cluster.Model;
        var daemon = ns == ClusterParts.KmeshNamespace ? model.Daemons.FirstOrDefault(d => d.PodName == podName) : null;
        var previous = context.Request.Query["previous"].ToString() == "true";
        if (daemon is not null && previous && DaemonLogs.Previous(model, daemon) is null)
        {
            return JsonResponses.WriteStatusAsync(context, StatusResponses.BadRequest(DaemonLogs.NoPreviousMessage(podName)));
        }
        var text = daemon is null ? AppLog(model, podName)
            : previous ? DaemonLogs.Previous(model, daemon)!
            : DaemonLog(model, daemon) + (cluster.Admin.ForPod(podName) is { } server ? DaemonLogs.AccessLog(model, cluster.Admin, server) : "");
        if (int.TryParse(context.Request.Query["tailLines"], NumberStyles.None, CultureInfo.InvariantCulture, out var tail))
        {
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            text = string.Join("", lines.Skip(Math.Max(0, lines.Length - tail)).Select(l => l + "\n"));
        }
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/plain";
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();
    }

    private static string DaemonLog(ClusterModel model, DaemonInfo daemon)
    {
        var start = daemon.ContainerStarted;
        var log = new StringBuilder();
        void Line(int second, string level, string message, string subsystem) =>
            log.Append("time=\"").Append((start + TimeSpan.FromSeconds(second)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
                .Append("\" level=").Append(level).Append(" msg=\"").Append(message.Replace("\"", "\\\"")).Append("\" subsys=").Append(subsystem).Append('\n');
        Line(0, "info", $"FLAG: --mode=\"{model.ModeArgument}\"", "manager");
        Line(0, "info", "FLAG: --monitoring=\"true\"", "manager");
        Line(0, "info", $"FLAG: --enable-ipsec=\"{(model.IpsecEnabled ? "true" : "false")}\"", "manager");
        Line(1, "info", "bpf loader start successfully", "manager");
        if (daemon.Health == DaemonHealth.CrashLoopBackOff)
        {
            Line(2, "error", "failed to start controller: failed to get xds client: dial tcp 10.96.52.140:15012: connect: connection refused", "manager");
            Line(2, "fatal", "failed to start kmesh daemon, exit", "manager");
            return log.ToString();
        }
        if (model.IpsecEnabled)
        {
            Line(3, "info", "start IPsec controller successfully", "controller");
        }
        Line(4, "info", "controller start successfully", "manager");
        Line(4, "info", "start admin server on localhost:15200", "manager");
        return log.ToString();
    }

    private static string AppLog(ClusterModel model, string podName) =>
        model.Pods.FirstOrDefault(p => p.Name == podName) is { } pod
            ? $"{pod.Created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)} {pod.WorkloadName} started on port {pod.ContainerPort}\n"
            : "";
}
