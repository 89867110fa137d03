using System;
using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Settings;
using Kmesh.Model.Text;

namespace Kmesh.Model.Rules;

/// <summary>What is wrong with a daemon, worst first: the order is the order problems are listed in.</summary>
public enum DaemonCondition { CrashLoop, ImagePull, NotRunning, Unreadable, NotReady, Pending, Terminating, RecentRestart, Ready }

/// <summary>A daemon's readiness (its pod's Ready condition), what is wrong with it and the health verdict.</summary>
public sealed record DaemonStatus(bool Ready, DaemonCondition Condition, Health Health);

/// <summary>Health of the Kmesh daemon pods and of the nodes they serve.</summary>
public static class DaemonHealthRules
{
    /// <summary>Restarts older than this are history, not a problem, while the daemon is ready.</summary>
    public static readonly TimeSpan RecentRestartWindow = TimeSpan.FromHours(1);

    private static readonly string[] ImagePullReasons = { "ImagePullBackOff", "ErrImagePull", "InvalidImageName", "ErrImageNeverPull" };
    private static readonly string[] StartFailureReasons = { "CreateContainerConfigError", "CreateContainerError", "RunContainerError", "PreStartHookError" };

    /// <summary>Daemon pods are the pods in the Kmesh namespace that match the daemon selector (by default the
    /// <c>app=kmesh</c> pods in <c>kmesh-system</c>).</summary>
    public static bool IsDaemonPod(V1Pod pod, KmeshSettings? settings = null)
    {
        KmeshSettings s = settings ?? KmeshSettings.Defaults;
        if (pod.Metadata?.NamespaceProperty != s.Namespace) return false;
        foreach (KeyValuePair<string, string> term in s.SelectorTerms())
        {
            if (Meta.Value(pod.Metadata?.Labels, term.Key) != term.Value) return false;
        }
        return true;
    }

    /// <summary>Restarts of all containers, or null when a restart count is not a number.</summary>
    public static int? Restarts(V1Pod pod)
    {
        int total = 0;
        IList<V1ContainerStatus>? statuses = pod.Status?.ContainerStatuses;
        if (statuses is null) return 0;
        if (!JsonTypes.IsList(statuses)) return null;
        foreach (V1ContainerStatus status in statuses)
        {
            if (status is null) continue;
            if (!JsonTypes.IsNumber(status.RestartCount)) return null;
            total += status.RestartCount;
        }
        return total;
    }

    /// <summary>The pod's Ready condition is True.</summary>
    public static bool IsReady(V1Pod pod)
    {
        IList<V1PodCondition>? conditions = pod.Status?.Conditions;
        if (conditions is null || !JsonTypes.IsList(conditions)) return false;
        foreach (V1PodCondition condition in conditions)
        {
            if (condition?.Type == "Ready") return condition.Status == "True";
        }
        return false;
    }

    /// <summary>When a container last stopped (lastState.terminated.finishedAt), or null when it never did.</summary>
    public static DateTime? LastRestart(V1Pod pod)
    {
        DateTime? latest = null;
        IList<V1ContainerStatus>? statuses = pod.Status?.ContainerStatuses;
        if (statuses is null || !JsonTypes.IsList(statuses)) return null;
        foreach (V1ContainerStatus status in statuses)
        {
            DateTime? finished = status?.LastState?.Terminated?.FinishedAt;
            if (finished is not null && (latest is null || finished.Value > latest.Value)) latest = finished;
        }
        return latest;
    }

    /// <summary>Health with restarts judged at <paramref name="now"/>.</summary>
    public static Health ForPod(V1Pod pod, DateTime now) => Classify(pod, now).Health;

    /// <summary>Red: a container crash-looping, unable to pull its image, not running or failing to start, or a
    /// failed or lost pod. Yellow: not ready (pending, terminating, running but not ready), or ready but restarted
    /// within <see cref="RecentRestartWindow"/>. Green: ready. Restarts of a ready daemon that are older than the
    /// window are history and do not count.</summary>
    public static DaemonStatus Classify(V1Pod pod, DateTime now)
    {
        string? shape = PodShape.Problem(pod);
        if (shape is not null) return new DaemonStatus(false, DaemonCondition.Unreadable, Health.Red(Say.T("the pod's JSON is unreadable: {{shape}}", "shape", shape)));
        bool ready = IsReady(pod);
        string phase = pod.Status?.Phase ?? "Unknown";
        int restarts = Restarts(pod) ?? 0;
        IList<V1ContainerStatus>? statuses = pod.Status?.ContainerStatuses;
        if (statuses is not null)
        {
            foreach (V1ContainerStatus status in statuses)
            {
                string? waiting = status?.State?.Waiting?.Reason;
                if (waiting is null) continue;
                string message = status!.State.Waiting.Message ?? "";
                string detail = message.Length > 0 ? Say.T(": {{message}}", "message", message) : "";
                string text = Say.T("container {{name}} is in {{waiting}} ({{restartText}}){{detail}}", "name", status.Name, "waiting", waiting, "restartText", RestartText(restarts), "detail", detail);
                if (waiting == "CrashLoopBackOff") return new DaemonStatus(ready, DaemonCondition.CrashLoop, Health.Red(text));
                if (Contains(ImagePullReasons, waiting)) return new DaemonStatus(ready, DaemonCondition.ImagePull, Health.Red(text));
                if (Contains(StartFailureReasons, waiting)) return new DaemonStatus(ready, DaemonCondition.NotRunning, Health.Red(text));
            }
            foreach (V1ContainerStatus status in statuses)
            {
                V1ContainerStateTerminated? terminated = status?.State?.Terminated;
                if (terminated is null || pod.Metadata?.DeletionTimestamp is not null) continue;
                string reason = terminated.Reason ?? "Terminated";
                return new DaemonStatus(ready, DaemonCondition.NotRunning,
                    Health.Red(Say.T("container {{name}} is not running ({{reason}}, exit code {{exitCode}}; {{restartText}})", "name", status!.Name, "reason", reason, "exitCode", terminated.ExitCode, "restartText", RestartText(restarts))));
            }
        }
        if (phase == "Failed") return new DaemonStatus(ready, DaemonCondition.NotRunning, Health.Red(Say.T("the pod failed{{reason}}", "reason", ReasonSuffix(pod))));
        if (phase == "Succeeded") return new DaemonStatus(ready, DaemonCondition.NotRunning, Health.Red(Say.T("the daemon exited (pod phase Succeeded)")));
        if (phase == "Unknown") return new DaemonStatus(ready, DaemonCondition.NotRunning, Health.Red(Say.T("the pod's state is unknown (its node may be unreachable)")));
        if (pod.Metadata?.DeletionTimestamp is not null) return new DaemonStatus(ready, DaemonCondition.Terminating, Health.Yellow(Say.T("the pod is terminating")));
        if (phase == "Pending") return new DaemonStatus(ready, DaemonCondition.Pending, Health.Yellow(Say.T("the pod is pending{{waiting}}", "waiting", WaitingSuffix(statuses))));
        if (!ready) return new DaemonStatus(false, DaemonCondition.NotReady, Health.Yellow(Say.T("running but not ready{{waiting}} ({{restartText}})", "waiting", WaitingSuffix(statuses), "restartText", RestartText(restarts))));
        DateTime? last = restarts > 0 ? LastRestart(pod) : null;
        if (last is not null && now - last.Value < RecentRestartWindow)
        {
            int minutes = (int)Math.Floor((now - last.Value).TotalMinutes);
            string ago = minutes < 1 ? Say.T("less than a minute ago") : minutes == 1 ? Say.T("1 minute ago") : Say.T("{{minutes}} minutes ago", "minutes", minutes);
            return new DaemonStatus(true, DaemonCondition.RecentRestart, Health.Yellow(Say.T("ready, but restarted {{ago}} ({{restartText}})", "ago", ago, "restartText", RestartText(restarts))));
        }
        return new DaemonStatus(true, DaemonCondition.Ready, Health.Green(Say.T("running and ready")));
    }

    // Worded only where a sentence says it: most daemons are ready and never do.
    private static string RestartText(int restarts) => restarts == 1 ? Say.T("1 restart") : Say.T("{{restarts}} restarts", "restarts", restarts);

    private static bool Contains(string[] values, string value)
    {
        foreach (string item in values)
        {
            if (item == value) return true;
        }
        return false;
    }

    private static string ReasonSuffix(V1Pod pod)
    {
        string reason = pod.Status?.Reason ?? "";
        return reason.Length > 0 ? Say.T(": {{reason}}", "reason", reason) : "";
    }

    private static string WaitingSuffix(IList<V1ContainerStatus>? statuses)
    {
        if (statuses is null) return "";
        foreach (V1ContainerStatus status in statuses)
        {
            string? reason = status?.State?.Waiting?.Reason;
            if (reason is not null && reason.Length > 0) return Say.T(" ({{container}}: {{reason}})", "container", status!.Name, "reason", reason);
        }
        return "";
    }

    /// <summary>A node is red when it is not Ready or has no daemon; otherwise it takes its daemon's health.</summary>
    public static Health ForNode(V1Node node, V1Pod? daemonPod, DateTime now)
    {
        IList<V1NodeCondition>? conditions = node.Status?.Conditions;
        if (conditions is not null && JsonTypes.IsList(conditions))
        {
            foreach (V1NodeCondition condition in conditions)
            {
                if (condition?.Type == "Ready" && condition.Status != "True")
                {
                    return Health.Red(condition.Reason is null ? Say.T("the node is not ready") : Say.T("the node is not ready: {{reason}}", "reason", condition.Reason));
                }
            }
        }
        if (daemonPod is null) return Health.Red(Say.T("no Kmesh daemon pod runs on this node"));
        return ForPod(daemonPod, now);
    }

    /// <summary>The daemon pod scheduled on the node, or null.</summary>
    public static V1Pod? DaemonOnNode(string nodeName, IEnumerable<V1Pod> daemonPods)
    {
        foreach (V1Pod pod in daemonPods)
        {
            if (pod?.Spec?.NodeName == nodeName) return pod;
        }
        return null;
    }

    /// <summary>The node a daemon serves (its pod name while unscheduled).</summary>
    public static string NodeOf(V1Pod pod) => pod.Spec?.NodeName ?? pod.Metadata?.Name ?? "";
}
