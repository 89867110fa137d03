using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Settings;
using Kmesh.Model.Text;

namespace Kmesh.Model.Operations;

/// <summary>What the API server says about the kmesh container: its state now, its last termination and its
/// restarts. Absent facts stay null (never guessed).</summary>
public sealed record ContainerDiagnosis(
    bool Found,
    string State,
    string? StateReason,
    string? StateMessage,
    int Restarts,
    int? LastExitCode,
    string? LastReason,
    string? LastMessage,
    bool HasPreviousRun)
{
    /// <summary>A short plain sentence for the last termination, e.g. "exit code 1 (Error)".</summary>
    public string LastTermination => LastExitCode is null ? "" : LastReason is null || LastReason.Length == 0
        ? Say.T("exit code {{code}}", "code", LastExitCode)
        : Say.T("exit code {{code}} ({{reason}})", "code", LastExitCode, "reason", LastReason);

    /// <summary>The container's <see cref="State"/> (a code: running, waiting, terminated, unknown) in words.</summary>
    public string StateWord => State switch
    {
        "running" => Say.T("running"),
        "waiting" => Say.T("waiting"),
        "terminated" => Say.T("terminated"),
        _ => Say.T("unknown"),
    };
}

public static class ContainerDiagnosisRules
{
    public static ContainerDiagnosis For(V1Pod pod, KmeshSettings? settings = null)
    {
        string daemonContainer = (settings ?? KmeshSettings.Defaults).Container;
        V1ContainerStatus? status = null;
        IList<V1ContainerStatus>? statuses = pod.Status?.ContainerStatuses;
        if (statuses is not null)
        {
            foreach (V1ContainerStatus candidate in statuses)
            {
                if (candidate?.Name == daemonContainer) status = candidate;
            }
        }
        if (status is null) return new ContainerDiagnosis(false, "unknown", null, null, 0, null, null, null, false);
        string state = "unknown";
        string? reason = null;
        string? message = null;
        if (status.State?.Running is not null) state = "running";
        else if (status.State?.Waiting is not null)
        {
            state = "waiting";
            reason = status.State.Waiting.Reason;
            message = status.State.Waiting.Message;
        }
        else if (status.State?.Terminated is not null)
        {
            state = "terminated";
            reason = status.State.Terminated.Reason;
            message = status.State.Terminated.Message;
        }
        V1ContainerStateTerminated? last = status.LastState?.Terminated;
        return new ContainerDiagnosis(true, state, reason, message, status.RestartCount,
            last is null ? null : last.ExitCode, last?.Reason, last?.Message, last is not null || status.RestartCount > 0);
    }
}
