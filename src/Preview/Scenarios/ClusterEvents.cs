using System;
using System.Collections.Generic;
using System.Linq;

namespace Kmesh.Preview.Scenarios;

/// <summary>The Kubernetes events a cluster in each state would still have (events expire after an hour).</summary>
internal static class ClusterEvents
{
    public static List<EventInfo> For(SeededNames names, DateTime now, IReadOnlyList<DaemonInfo> daemons, IReadOnlyList<WorkloadPod> pods,
        IReadOnlyList<WaypointInfo> waypoints, bool degraded)
    {
        var events = new List<EventInfo>();
        var recent = now - TimeSpan.FromMinutes(50);
        foreach (var daemon in daemons)
        {
            var start = Max(daemon.Started, recent);
            var startedRecently = daemon.Started >= now - TimeSpan.FromHours(1);
            EventInfo PodEvent(string type, string reason, string message, string component, int count, TimeSpan lastAfter) =>
                new(ClusterParts.KmeshNamespace, $"{daemon.PodName}.{names.Hex(16)}", "Pod", "v1", daemon.PodName, ClusterParts.KmeshNamespace,
                    daemon.Uid, component == "default-scheduler" ? null : "spec.containers{kmesh}", type, reason, message, component,
                    component == "kubelet" ? daemon.NodeName : null, count, start, start + lastAfter);

            if (!startedRecently && daemon.Health == DaemonHealth.Running)
            {
                continue;
            }
            events.Add(PodEvent("Normal", "Scheduled", $"Successfully assigned kmesh-system/{daemon.PodName} to {daemon.NodeName}",
                "default-scheduler", 1, TimeSpan.Zero));
            events.Add(PodEvent("Normal", "Pulled",
                $"Container image \"{ClusterParts.DaemonImageRepository}:{daemon.ImageTag}\" already present on machine", "kubelet",
                1 + daemon.Restarts, TimeSpan.FromSeconds(1)));
            events.Add(PodEvent("Normal", "Created", "Created container: kmesh", "kubelet", 1 + daemon.Restarts, TimeSpan.FromSeconds(1)));
            events.Add(PodEvent("Normal", "Started", "Started container kmesh", "kubelet", 1 + daemon.Restarts, TimeSpan.FromSeconds(2)));
            if (daemon.Health == DaemonHealth.CrashLoopBackOff)
            {
                events.Add(PodEvent("Warning", "BackOff",
                    $"Back-off restarting failed container kmesh in pod {daemon.PodName}_kmesh-system({daemon.Uid})", "kubelet", 31,
                    TimeSpan.FromMinutes(42)));
            }
        }
        if (degraded)
        {
            foreach (var waypoint in waypoints.Where(w => !w.Programmed))
            {
                var pod = pods.FirstOrDefault(p => p.Namespace == waypoint.Namespace &&
                    p.Labels.TryGetValue("gateway.networking.k8s.io/gateway-name", out var gateway) && gateway == waypoint.Name);
                if (pod is null)
                {
                    continue;
                }
                var start = Max(pod.Created, recent);
                events.Add(new EventInfo(pod.Namespace, $"{pod.Name}.{names.Hex(16)}", "Pod", "v1", pod.Name, pod.Namespace, pod.Uid,
                    "spec.containers{istio-proxy}", "Warning", "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503",
                    "kubelet", pod.NodeName, 96, start, start + TimeSpan.FromMinutes(47)));
            }
            foreach (var pod in pods.Where(p => !p.Ready && !p.HostNetwork && p.Namespace == "default" && !p.Labels.ContainsKey("gateway.istio.io/managed")))
            {
                var start = Max(pod.Created, recent);
                events.Add(new EventInfo(pod.Namespace, $"{pod.Name}.{names.Hex(16)}", "Pod", "v1", pod.Name, pod.Namespace, pod.Uid,
                    $"spec.containers{{{pod.CanonicalName}}}", "Warning", "Unhealthy",
                    "Readiness probe failed: Get \"http://" + pod.PodIp + ":9080/health\": dial tcp " + pod.PodIp + ":9080: connect: connection refused",
                    "kubelet", pod.NodeName, 58, start, start + TimeSpan.FromMinutes(45)));
            }
        }
        return events.OrderBy(e => e.Namespace, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
