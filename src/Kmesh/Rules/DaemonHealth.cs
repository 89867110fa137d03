using System.Collections.Generic;
using k8s.Models;

namespace Kmesh.Model.Rules;

/// <summary>Health of the Kmesh daemon pods and of the nodes they serve.</summary>
public static class DaemonHealthRules
{
    private static readonly string[] FatalWaitingReasons =
    {
        "CrashLoopBackOff", "ImagePullBackOff", "ErrImagePull", "CreateContainerConfigError", "CreateContainerError",
        "InvalidImageName", "RunContainerError",
    };

    /// <summary>Daemon pods are the <c>app=kmesh</c> pods in <c>kmesh-system</c>.</summary>
    public static bool IsDaemonPod(V1Pod pod)
        => pod.Metadata?.NamespaceProperty == Meta.KmeshNamespace && Meta.Value(pod.Metadata?.Labels, "app") == Meta.DaemonAppLabelValue;

    public static int Restarts(V1Pod pod)
    {
        int total = 0;
        IList<V1ContainerStatus>? statuses = pod.Status?.ContainerStatuses;
        if (statuses is null) return 0;
        foreach (V1ContainerStatus status in statuses)
        {
            if (status is not null) total += status.RestartCount;
        }
        return total;
    }

    public static bool IsReady(V1Pod pod)
    {
        IList<V1PodCondition>? conditions = pod.Status?.Conditions;
        if (conditions is null) return false;
        foreach (V1PodCondition condition in conditions)
        {
            if (condition?.Type == "Ready") return condition.Status == "True";
        }
        return false;
    }

    /// <summary>Red: failed, a fatal waiting reason (CrashLoopBackOff, image pull errors…), terminated daemon.
    /// Yellow: pending, terminating, running but not ready, or restarted. Green: running, ready, never restarted.</summary>
    public static Health ForPod(V1Pod pod)
    {
        string phase = pod.Status?.Phase ?? "Unknown";
        int restarts = Restarts(pod);
        string restartText = restarts == 1 ? "1 restart" : $"{restarts} restarts";
        IList<V1ContainerStatus>? statuses = pod.Status?.ContainerStatuses;
        if (statuses is not null)
        {
            foreach (V1ContainerStatus status in statuses)
            {
                string? waiting = status?.State?.Waiting?.Reason;
                if (waiting is null) continue;
                foreach (string fatal in FatalWaitingReasons)
                {
                    if (waiting == fatal)
                    {
                        string message = status!.State.Waiting.Message ?? "";
                        string detail = message.Length > 0 ? $": {message}" : "";
                        return Health.Red($"container {status.Name} is in {waiting} ({restartText}){detail}");
                    }
                }
            }
        }
        if (phase == "Failed") return Health.Red($"the pod failed{ReasonSuffix(pod)}");
        if (phase == "Succeeded") return Health.Red("the daemon exited (pod phase Succeeded)");
        if (phase == "Unknown") return Health.Red("the pod's state is unknown (its node may be unreachable)");
        if (pod.Metadata?.DeletionTimestamp is not null) return Health.Yellow("the pod is terminating");
        if (phase == "Pending") return Health.Yellow($"the pod is pending{WaitingSuffix(statuses)}");
        if (!IsReady(pod)) return Health.Yellow($"running but not ready{WaitingSuffix(statuses)} ({restartText})");
        if (restarts > 0) return Health.Yellow($"ready, but restarted ({restartText})");
        return Health.Green("running and ready");
    }

    private static string ReasonSuffix(V1Pod pod)
    {
        string reason = pod.Status?.Reason ?? "";
        return reason.Length > 0 ? $": {reason}" : "";
    }

    private static string WaitingSuffix(IList<V1ContainerStatus>? statuses)
    {
        if (statuses is null) return "";
        foreach (V1ContainerStatus status in statuses)
        {
            string? reason = status?.State?.Waiting?.Reason;
            if (reason is not null && reason.Length > 0) return $" ({status!.Name}: {reason})";
        }
        return "";
    }

    /// <summary>A node is red when it is not Ready or has no daemon; otherwise it takes its daemon's health.</summary>
    public static Health ForNode(V1Node node, V1Pod? daemonPod)
    {
        IList<V1NodeCondition>? conditions = node.Status?.Conditions;
        if (conditions is not null)
        {
            foreach (V1NodeCondition condition in conditions)
            {
                if (condition?.Type == "Ready" && condition.Status != "True")
                {
                    return Health.Red($"the node is not ready{(condition.Reason is null ? "" : ": " + condition.Reason)}");
                }
            }
        }
        if (daemonPod is null) return Health.Red("no Kmesh daemon pod runs on this node");
        return ForPod(daemonPod);
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
}
