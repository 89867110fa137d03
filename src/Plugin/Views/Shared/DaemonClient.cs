using System.Collections.Generic;
using System.Threading.Tasks;
using Headlamp.Bindings;
using Kmesh.Model.Transport;
using Kmesh.Plugin.Views.Settings;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>The plugin's one admin-API transport: the model's strategy orchestrator (pod proxy, then exec,
/// remembered per cluster) wired to Headlamp's ApiProxy and pod exec.</summary>
public static class DaemonClient
{
    private const int ProxyTimeoutMs = 15000;
    private static readonly AdminTransport Transport = new AdminTransport(
        (path, request) => Proxy(path, request),
        (pod, argv) => ExecSession.Run(pod, argv),
        () => KmeshConfig.Current());

    public static Task<AdminCallResult> Get(string pod, string adminPath) =>
        Transport.SendAsync(HeadlampUtils.GetCluster() ?? "", pod, AdminRequest.Get(adminPath));

    /// <summary>Any admin request (the mutating POSTs included); callers confirm with the user first.</summary>
    public static Task<AdminCallResult> Send(string pod, AdminRequest request) =>
        Transport.SendAsync(HeadlampUtils.GetCluster() ?? "", pod, request);

    /// <summary>The strategy that last reached a daemon of the current cluster, if any.</summary>
    public static TransportStrategy? Strategy => Transport.RememberedStrategy(HeadlampUtils.GetCluster() ?? "");

    private static async Task<ProxyOutcome> Proxy(string path, AdminRequest request)
    {
        (int status, string body, string? error) = request.Method == "GET"
            ? await ApiProxy.GetText(path, ProxyTimeoutMs)
            : await ApiProxy.PostText(path, request.Body ?? "", ProxyTimeoutMs);
        if (error is not null) return ProxyOutcome.Failed(new HeadlampApiError(status, error));
        return ProxyOutcome.Answered(new AdminResponse(status, new List<HttpHeader>(), body));
    }
}
