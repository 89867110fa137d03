using System.Threading.Tasks;
using Headlamp.Bindings;
using Kmesh.Model;
using Kmesh.Model.Traffic;
using Kmesh.Model.Transport;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Settings;
using Kmesh.Model.Settings;

namespace Kmesh.Plugin.Views.Traffic;

/// <summary>One read of a daemon's metrics page: its text, or why there is none, and how it was reached.</summary>
public sealed record MetricsRead(string? Text, MetricsProblem? Problem, TransportStrategy? Via);

/// <summary>Reads <c>:15020/status/metric</c> through the API server's pod proxy (the port binds all interfaces),
/// falling back to fetching it by exec inside the daemon container when the proxy fails.</summary>
public static class MetricsClient
{
    private const int TimeoutMs = 15000;

    public static async Task<MetricsRead> Read(string pod)
    {
        KmeshSettings settings = KmeshConfig.Current();
        string? path = PodProxyPath.Metrics(pod, settings);
        if (path is null) return new MetricsRead(null, new MetricsProblem(TrafficStrings.InvalidPodName(pod), ""), null);
        (int status, string body, string? error) = await ApiProxy.GetText(path, TimeoutMs);
        if (error is null) return new MetricsRead(body, null, TransportStrategy.PodProxy);
        var proxyError = new HeadlampApiError(status, error);

        if (!settings.AllowExec) return new MetricsRead(null, MetricsFailure.ExecTurnedOff(pod, proxyError, settings), null);
        ExecCommandResult command = ExecCommand.Build(AdminRequest.Get("/status/metric"), settings.MetricsPort);
        ExecOutput output = await ExecSession.Run(pod, command.Argv!);
        if (output.Error is null)
        {
            Parsed<AdminResponse> parsed = HttpResponseParser.Parse(output.Stdout);
            if (parsed.Value is not null && parsed.Value.IsSuccess) return new MetricsRead(parsed.Value.Body, null, TransportStrategy.Exec);
            return new MetricsRead(null, MetricsFailure.Explain(pod, proxyError, output, parsed.Value, settings), null);
        }
        return new MetricsRead(null, MetricsFailure.Explain(pod, proxyError, output, null, settings), null);
    }
}
