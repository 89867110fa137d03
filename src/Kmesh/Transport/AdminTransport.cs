using System;
using System.Collections.Generic;
using System.Threading.Tasks;

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
    private readonly Dictionary<string, TransportStrategy> remembered = new Dictionary<string, TransportStrategy>();

    /// <param name="proxy">Sends the request to an API-server path (the pod-proxy path).</param>
    /// <param name="exec">Runs an argv in container <c>kmesh</c> of the named pod and collects its output.</param>
    public AdminTransport(Func<string, AdminRequest, Task<ProxyOutcome>> proxy, Func<string, IReadOnlyList<string>, Task<ExecOutput>> exec)
    {
        this.proxy = proxy;
        this.exec = exec;
    }

    public TransportStrategy? RememberedStrategy(string cluster)
        => remembered.TryGetValue(cluster, out TransportStrategy strategy) ? strategy : null;

    public void Forget(string cluster) => remembered.Remove(cluster);

    public async Task<AdminCallResult> SendAsync(string cluster, string pod, AdminRequest request)
    {
        ExecCommandResult command = ExecCommand.Build(request);
        string? proxyPath = PodProxyPath.Admin(pod, request.Path);
        if (command.Argv is null || proxyPath is null)
        {
            string reason = command.Error ?? $"\"{pod}\" is not a valid pod name";
            return new AdminCallResult(null, new AdminFailure(AdminFailureKind.InvalidRequest, $"The request was not sent: {reason}.",
                "This is a bug in the plugin; please report it."), null);
        }
        TransportStrategy first = RememberedStrategy(cluster) ?? TransportStrategy.PodProxy;
        TransportStrategy second = first == TransportStrategy.PodProxy ? TransportStrategy.Exec : TransportStrategy.PodProxy;

        (AdminResponse? firstResponse, AdminFailure? firstFailure) = await TryAsync(first, pod, request, proxyPath, command.Argv);
        if (firstResponse is not null) return Answered(cluster, pod, request, first, firstResponse);

        (AdminResponse? secondResponse, AdminFailure? secondFailure) = await TryAsync(second, pod, request, proxyPath, command.Argv);
        if (secondResponse is not null) return Answered(cluster, pod, request, second, secondResponse);

        return new AdminCallResult(null, Combine(first, firstFailure!, secondFailure!), null);
    }

    private AdminCallResult Answered(string cluster, string pod, AdminRequest request, TransportStrategy strategy, AdminResponse response)
    {
        remembered[cluster] = strategy;
        return new AdminCallResult(response, FailureClassifier.FromResponse(response, request, pod), strategy);
    }

    private async Task<(AdminResponse?, AdminFailure?)> TryAsync(TransportStrategy strategy, string pod, AdminRequest request,
        string proxyPath, IReadOnlyList<string> argv)
    {
        if (strategy == TransportStrategy.PodProxy)
        {
            ProxyOutcome outcome = await proxy(proxyPath, request);
            if (outcome.Response is not null) return (outcome.Response, null);
            HeadlampApiError error = outcome.Error ?? new HeadlampApiError(0, "no response");
            AdminResponse? relayed = FailureClassifier.RelayedAnswer(error);
            if (relayed is not null) return (relayed, null);
            return (null, FailureClassifier.FromHeadlampError(error, TransportStrategy.PodProxy, pod));
        }
        ExecOutput output = await exec(pod, argv);
        if (output.Error is null)
        {
            Parsed<AdminResponse> parsed = HttpResponseParser.Parse(output.Stdout);
            if (parsed.Value is not null) return (parsed.Value, null);
            return (null, FailureClassifier.FromExecOutput(output, pod, parsed.Error));
        }
        return (null, FailureClassifier.FromExecOutput(output, pod, null));
    }

    /// <summary>Both strategies failed: lead with the one that says most about what to fix. A refused or
    /// unreachable pod proxy is expected on stock installs, so the exec failure usually explains more.</summary>
    private static AdminFailure Combine(TransportStrategy first, AdminFailure firstFailure, AdminFailure secondFailure)
    {
        AdminFailure proxyFailure = first == TransportStrategy.PodProxy ? firstFailure : secondFailure;
        AdminFailure execFailure = first == TransportStrategy.PodProxy ? secondFailure : firstFailure;
        bool proxyExpected = proxyFailure.Kind == AdminFailureKind.ConnectionRefused || proxyFailure.Kind == AdminFailureKind.Unreachable
            || proxyFailure.Kind == AdminFailureKind.Forbidden || proxyFailure.Kind == AdminFailureKind.Timeout;
        AdminFailure lead = proxyExpected ? execFailure : proxyFailure;
        string hint = lead.Hint;
        if (proxyFailure.Kind == AdminFailureKind.Forbidden && execFailure.Kind == AdminFailureKind.Forbidden)
        {
            hint = $"Grant either \"get\" on \"pods/proxy\" or \"create\" on \"pods/exec\" in namespace {PodProxyPath.Namespace}.";
        }
        return new AdminFailure(lead.Kind, $"{lead.Message} (pod proxy: {proxyFailure.Message} exec: {execFailure.Message})", hint);
    }
}
