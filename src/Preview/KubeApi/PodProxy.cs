using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Kmesh.Preview.Admin;
using Kmesh.Preview.Scenarios;
using Microsoft.AspNetCore.Http;

namespace Kmesh.Preview.KubeApi;

/// <summary>
/// <c>pods/&lt;name[:port]&gt;/proxy/&lt;path&gt;</c>. Only a running dual-engine daemon's metrics port (15020, bound on all
/// interfaces) answers; everything else, notably the admin port 15200 that the daemon binds to localhost only, is refused
/// exactly as kube-apiserver reports a refused dial: 503 ServiceUnavailable "error trying to reach service: …".
/// </summary>
public static class PodProxy
{
    private const int MetricsPort = 15020;

    public static Task ServeAsync(HttpContext context, SimulatedCluster cluster, string podSpec, string path)
    {
        var (podName, port) = SplitPodSpec(podSpec);
        var model = cluster.Model;
        var daemon = model.Daemons.FirstOrDefault(d => d.PodName == podName);
        var podIp = daemon?.PodIp ?? model.Pods.FirstOrDefault(p => p.Name == podName)?.PodIp ?? "";
        var portNumber = port switch
        {
            "" => 80,
            "metrics" when daemon is not null => MetricsPort,
            _ => int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1,
        };
        if (portNumber < 0)
        {
            return JsonResponses.WriteStatusAsync(context,
                StatusResponses.BadRequest($"no such port \"{port}\" on pod {podName}"));
        }
        var listening = daemon is { Health: DaemonHealth.Running } && model.Mode == KmeshMode.DualEngine && portNumber == MetricsPort;
        if (!listening)
        {
            return JsonResponses.WriteStatusAsync(context, StatusResponses.Failure(503, "ServiceUnavailable",
                $"error trying to reach service: dial tcp {podIp}:{portNumber.ToString(CultureInfo.InvariantCulture)}: connect: connection refused"));
        }
        if (path.TrimStart('/') != "status/metric")
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = "text/plain; charset=utf-8";
            context.Response.Headers["X-Content-Type-Options"] = "nosniff";
            return context.Response.WriteAsync("404 page not found\n");
        }
        var server = cluster.Admin.ForPod(daemon!.PodName)!;
        context.Response.StatusCode = 200;
        context.Response.ContentType = PrometheusText.ContentType;
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(PrometheusText.Render(model, cluster.Admin.Dumps, server, DateTime.UtcNow))).AsTask();
    }

    /// <summary><c>name</c>, <c>name:port</c> or <c>scheme:name:port</c>.</summary>
    public static (string Name, string Port) SplitPodSpec(string spec)
    {
        var parts = spec.Split(':');
        return parts.Length switch
        {
            1 => (parts[0], ""),
            2 => (parts[0], parts[1]),
            _ => (parts[1], parts[2]),
        };
    }
}
