using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Kmesh.Model.Settings;
using Kmesh.Model.Text;

namespace Kmesh.Model.Transport;

/// <summary>The outcome of one admin call: the daemon's response when one arrived (also for 4xx answers), the
/// failure explaining anything but success, and the strategy that reached the daemon.</summary>
public sealed record AdminCallResult(AdminResponse? Response, AdminFailure? Failure, TransportStrategy? Strategy)
{
    public bool Ok => Response is not null && Failure is null;
}

/// <summary>Reaches a daemon's admin API by pod proxy, then by exec (KMESH.md §6), remembering per cluster which
/// strategy worked. The strategies themselves are delegates, so the Headlamp wiring stays outside this layer.</summary>
public sealed class AdminTransport
{
    private readonly Func<string, AdminRequest, Task<ProxyOutcome>> proxy;
    private readonly Func<string, IReadOnlyList<string>, Task<ExecOutput>> exec;
    private readonly Func<KmeshSettings> settings;
    private readonly Dictionary<string, TransportStrategy> remembered = new Dictionary<string, TransportStrategy>();

    /// <param name="proxy">Sends the request to an API-server path (the pod-proxy path).</param>
    /// <param name="exec">Runs an argv in the daemon container of the named pod and collects its output.</param>
    /// <param name="settings">The settings in force for each call (namespace, admin port, container, whether exec
    /// may be used at all); the defaults when null.</param>
    public AdminTransport(Func<string, AdminRequest, Task<ProxyOutcome>> proxy, Func<string, IReadOnlyList<string>, Task<ExecOutput>> exec,
        Func<KmeshSettings>? settings = null)
    {
        this.proxy = proxy;
        this.exec = exec;
        this.settings = settings ?? (() => KmeshSettings.Defaults);
    }

    public TransportStrategy? RememberedStrategy(string cluster)
        => remembered.TryGetValue(cluster, out TransportStrategy strategy) ? strategy : null;

    public void Forget(string cluster) => remembered.Remove(cluster);

    public async Task<AdminCallResult> SendAsync(string cluster, string pod, AdminRequest request)
    {
        KmeshSettings s = settings();
        ExecCommandResult command = ExecCommand.Build(request, s.AdminPort);
        string? proxyPath = PodProxyPath.Admin(pod, request.Path, s);
        if (command.Argv is null || proxyPath is null)
        {
            string reason = command.Error ?? Say.T("\"{{pod}}\" is not a valid pod name", "pod", pod);
            return new AdminCallResult(null, new AdminFailure(AdminFailureKind.InvalidRequest, Say.T("The request was not sent: {{reason}}.", "reason", reason),
                Say.T("This is a bug in the plugin; please report it.")), null);
        }
        TransportStrategy first = RememberedStrategy(cluster) ?? TransportStrategy.PodProxy;
        TransportStrategy second = first == TransportStrategy.PodProxy ? TransportStrategy.Exec : TransportStrategy.PodProxy;

        if (!s.AllowExec) first = TransportStrategy.PodProxy;

        (AdminResponse? firstResponse, AdminFailure? firstFailure) = await TryAsync(first, pod, request, proxyPath, command.Argv, s);
        if (firstResponse is not null) return Answered(cluster, pod, request, first, firstResponse);
        if (!s.AllowExec) return new AdminCallResult(null, ExecTurnedOff(firstFailure!), null);

        (AdminResponse? secondResponse, AdminFailure? secondFailure) = await TryAsync(second, pod, request, proxyPath, command.Argv, s);
        if (secondResponse is not null) return Answered(cluster, pod, request, second, secondResponse);

        return new AdminCallResult(null, Combine(first, firstFailure!, secondFailure!, s), null);
    }

    private AdminCallResult Answered(string cluster, string pod, AdminRequest request, TransportStrategy strategy, AdminResponse response)
    {
        remembered[cluster] = strategy;
        return new AdminCallResult(response, FailureClassifier.FromResponse(response, request, pod), strategy);
    }

    private async Task<(AdminResponse?, AdminFailure?)> TryAsync(TransportStrategy strategy, string pod, AdminRequest request,
        string proxyPath, IReadOnlyList<string> argv, KmeshSettings s)
    {
        if (strategy == TransportStrategy.PodProxy)
        {
            ProxyOutcome outcome = await proxy(proxyPath, request);
            if (outcome.Response is not null) return (outcome.Response, null);
            HeadlampApiError error = outcome.Error ?? new HeadlampApiError(0, Say.T("no response"));
            AdminResponse? relayed = FailureClassifier.RelayedAnswer(error);
            if (relayed is not null) return (relayed, null);
            return (null, FailureClassifier.FromHeadlampError(error, TransportStrategy.PodProxy, pod, s));
        }
        ExecOutput output = await exec(pod, argv);
        if (output.Error is null)
        {
            Parsed<AdminResponse> parsed = HttpResponseParser.Parse(output.Stdout);
            if (parsed.Value is not null) return (parsed.Value, null);
            return (null, FailureClassifier.FromExecOutput(output, pod, parsed.Error, s));
        }
        return (null, FailureClassifier.FromExecOutput(output, pod, null, s));
    }

    /// <summary>Both strategies failed: lead with the one that says most about what to fix. A refused or
    /// unreachable pod proxy is expected on stock installs, so the exec failure usually explains more.</summary>
    private static AdminFailure Combine(TransportStrategy first, AdminFailure firstFailure, AdminFailure secondFailure, KmeshSettings s)
    {
        AdminFailure proxyFailure = first == TransportStrategy.PodProxy ? firstFailure : secondFailure;
        AdminFailure execFailure = first == TransportStrategy.PodProxy ? secondFailure : firstFailure;
        bool proxyExpected = proxyFailure.Kind == AdminFailureKind.ConnectionRefused || proxyFailure.Kind == AdminFailureKind.Unreachable
            || proxyFailure.Kind == AdminFailureKind.Forbidden || proxyFailure.Kind == AdminFailureKind.Timeout;
        AdminFailure lead = proxyExpected ? execFailure : proxyFailure;
        string hint = lead.Hint;
        if (proxyFailure.Kind == AdminFailureKind.Forbidden && execFailure.Kind == AdminFailureKind.Forbidden)
        {
            hint = Say.T("Grant either \"get\" on \"pods/proxy\" or \"create\" on \"pods/exec\" in namespace {{namespace}}.", "namespace", s.Namespace);
        }
        return new AdminFailure(lead.Kind, Say.T("{{message}} (pod proxy: {{proxy}} exec: {{exec}})", "message", lead.Message, "proxy", proxyFailure.Message, "exec", execFailure.Message), hint);
    }

    /// <summary>The pod proxy failed and the plugin's settings forbid the exec fallback: say both.</summary>
    private static AdminFailure ExecTurnedOff(AdminFailure proxyFailure) => new AdminFailure(proxyFailure.Kind,
        Say.T("{{message}} The exec fallback is turned off in the plugin's settings, so it was not tried.", "message", proxyFailure.Message),
        Say.T("{{hint}} Or allow the exec fallback in Settings → Plugins → kmesh-headlamp-plugin (it needs \"create\" on \"pods/exec\").", "hint", proxyFailure.Hint));
}
