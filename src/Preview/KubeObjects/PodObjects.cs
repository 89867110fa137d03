using System;
using System.Collections.Generic;
using System.Linq;
using k8s.Models;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.KubeObjects;

/// <summary>Builds V1Pod objects for the Kmesh daemons and for ordinary workloads.</summary>
internal static class PodObjects
{
    public static V1Pod Daemon(ClusterModel model, DaemonInfo daemon, NodeInfo node, string daemonSetUid, string resourceVersion)
    {
        var running = daemon.Health == DaemonHealth.Running;
        var image = $"{ClusterParts.DaemonImageRepository}:{daemon.ImageTag}";
        var lastStart = daemon.ContainerStarted;
        var status = new V1ContainerStatus
        {
            Name = "kmesh",
            Image = image,
            ImageID = $"{ClusterParts.DaemonImageRepository}@sha256:{Digest(daemon.ImageTag)}",
            ContainerID = $"containerd://{Digest(daemon.PodName + daemon.Restarts)}",
            Ready = running,
            Started = running,
            RestartCount = daemon.Restarts,
            State = running
                ? new V1ContainerState { Running = new V1ContainerStateRunning { StartedAt = lastStart } }
                : new V1ContainerState
                {
                    Waiting = new V1ContainerStateWaiting
                    {
                        Reason = "CrashLoopBackOff",
                        Message = $"back-off 5m0s restarting failed container=kmesh pod={daemon.PodName}_{ClusterParts.KmeshNamespace}({daemon.Uid})",
                    },
                },
            LastState = daemon.Restarts > 0
                ? new V1ContainerState
                {
                    Terminated = new V1ContainerStateTerminated
                    {
                        ExitCode = 1,
                        Reason = "Error",
                        StartedAt = lastStart - TimeSpan.FromSeconds(41),
                        FinishedAt = lastStart - TimeSpan.FromSeconds(1),
                        ContainerID = $"containerd://{Digest(daemon.PodName + (daemon.Restarts - 1))}",
                    },
                }
                : new V1ContainerState(),
        };
        return new V1Pod
        {
            Metadata = new V1ObjectMeta
            {
                Name = daemon.PodName,
                GenerateName = "kmesh-",
                NamespaceProperty = ClusterParts.KmeshNamespace,
                Uid = daemon.Uid,
                ResourceVersion = resourceVersion,
                CreationTimestamp = daemon.Started,
                Labels = DaemonLabels(daemon),
                Annotations = new Dictionary<string, string>
                {
                    ["prometheus.io/path"] = "/status/metric",
                    ["prometheus.io/port"] = "15020",
                    ["prometheus.io/scrape"] = "true",
                },
                OwnerReferences = new List<V1OwnerReference>
                {
                    new() { ApiVersion = "apps/v1", Kind = "DaemonSet", Name = "kmesh", Uid = daemonSetUid, Controller = true, BlockOwnerDeletion = true },
                },
            },
            Spec = new V1PodSpec
            {
                NodeName = daemon.NodeName,
                ServiceAccountName = "kmesh",
                ServiceAccount = "kmesh",
                RestartPolicy = "Always",
                DnsPolicy = "ClusterFirst",
                SchedulerName = "default-scheduler",
                PriorityClassName = "system-node-critical",
                Priority = 2000001000,
                TerminationGracePeriodSeconds = 30,
                Containers = new List<V1Container>
                {
                    new()
                    {
                        Name = "kmesh",
                        Image = image,
                        ImagePullPolicy = "IfNotPresent",
                        Command = new List<string> { "/bin/sh", "-c" },
                        Args = new List<string> { model.DaemonArgs },
                        Ports = new List<V1ContainerPort> { new() { Name = "metrics", ContainerPort = 15020, Protocol = "TCP" } },
                        Env = new List<V1EnvVar>
                        {
                            new() { Name = "POD_NAME", ValueFrom = FieldRef("metadata.name") },
                            new() { Name = "POD_NAMESPACE", ValueFrom = FieldRef("metadata.namespace") },
                            new() { Name = "INSTANCE_IP", ValueFrom = FieldRef("status.podIP") },
                            new() { Name = "NODE_NAME", ValueFrom = FieldRef("spec.nodeName") },
                            new() { Name = "XDS_ADDRESS", Value = "istiod.istio-system.svc:15012" },
                        },
                        SecurityContext = new V1SecurityContext { Privileged = true },
                        Resources = new V1ResourceRequirements
                        {
                            Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = Quantities.Of("1"), ["memory"] = Quantities.Of("1Gi") },
                            Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = Quantities.Of("100m"), ["memory"] = Quantities.Of("200Mi") },
                        },
                        TerminationMessagePath = "/dev/termination-log",
                        TerminationMessagePolicy = "File",
                    },
                },
                Tolerations = new List<V1Toleration> { new() { OperatorProperty = "Exists" } },
            },
            Status = new V1PodStatus
            {
                Phase = "Running",
                HostIP = node.InternalIp,
                HostIPs = new List<V1HostIP> { new() { Ip = node.InternalIp } },
                PodIP = daemon.PodIp,
                PodIPs = new List<V1PodIP> { new() { Ip = daemon.PodIp } },
                StartTime = daemon.Started,
                QosClass = "Burstable",
                Conditions = Conditions(daemon.Started, running, lastStart, "kmesh"),
                ContainerStatuses = new List<V1ContainerStatus> { status },
            },
        };
    }

    public static Dictionary<string, string> DaemonLabels(DaemonInfo daemon) => new()
    {
        ["app"] = "kmesh",
        ["controller-revision-hash"] = daemon.ImageTag == ClusterParts.CurrentKmeshTag ? "5b8d7c9f64" : "6f4c8d7b95",
        ["pod-template-generation"] = daemon.ImageTag == ClusterParts.CurrentKmeshTag ? "2" : "1",
    };

    public static V1Pod Workload(WorkloadPod pod, NodeInfo node, string resourceVersion)
    {
        var containerName = pod.Labels.ContainsKey("gateway.istio.io/managed") ? "istio-proxy" : pod.CanonicalName;
        var ownerHash = pod.Labels.GetValueOrDefault("pod-template-hash");
        var owner = pod.HostNetwork && pod.Labels.ContainsKey("k8s-app")
            ? new V1OwnerReference { ApiVersion = "apps/v1", Kind = "DaemonSet", Name = pod.WorkloadName, Uid = Guidish(pod.Namespace + pod.WorkloadName), Controller = true, BlockOwnerDeletion = true }
            : ownerHash is null
                ? new V1OwnerReference { ApiVersion = "v1", Kind = "Node", Name = pod.NodeName, Uid = node.Uid, Controller = true }
                : new V1OwnerReference { ApiVersion = "apps/v1", Kind = "ReplicaSet", Name = $"{pod.WorkloadName}-{ownerHash}", Uid = Guidish(pod.Namespace + pod.WorkloadName + ownerHash), Controller = true, BlockOwnerDeletion = true };
        var ports = pod.ContainerPort > 0
            ? new List<V1ContainerPort> { new() { ContainerPort = pod.ContainerPort, Protocol = "TCP" } }
            : null;
        return new V1Pod
        {
            Metadata = new V1ObjectMeta
            {
                Name = pod.Name,
                GenerateName = ownerHash is null ? null : $"{pod.WorkloadName}-{ownerHash}-",
                NamespaceProperty = pod.Namespace,
                Uid = pod.Uid,
                ResourceVersion = resourceVersion,
                CreationTimestamp = pod.Created,
                Labels = pod.Labels.ToDictionary(kv => kv.Key, kv => kv.Value),
                Annotations = pod.Annotations.Count == 0 ? null : pod.Annotations.ToDictionary(kv => kv.Key, kv => kv.Value),
                OwnerReferences = new List<V1OwnerReference> { owner },
            },
            Spec = new V1PodSpec
            {
                NodeName = pod.NodeName,
                ServiceAccountName = pod.ServiceAccount,
                ServiceAccount = pod.ServiceAccount,
                HostNetwork = pod.HostNetwork ? true : null,
                RestartPolicy = "Always",
                DnsPolicy = pod.HostNetwork ? "ClusterFirstWithHostNet" : "ClusterFirst",
                SchedulerName = "default-scheduler",
                TerminationGracePeriodSeconds = 30,
                Containers = new List<V1Container>
                {
                    new()
                    {
                        Name = containerName,
                        Image = pod.Image,
                        ImagePullPolicy = "IfNotPresent",
                        Ports = ports,
                        TerminationMessagePath = "/dev/termination-log",
                        TerminationMessagePolicy = "File",
                    },
                },
            },
            Status = new V1PodStatus
            {
                Phase = "Running",
                HostIP = node.InternalIp,
                HostIPs = new List<V1HostIP> { new() { Ip = node.InternalIp } },
                PodIP = pod.PodIp,
                PodIPs = new List<V1PodIP> { new() { Ip = pod.PodIp } },
                StartTime = pod.Created,
                QosClass = "BestEffort",
                Conditions = Conditions(pod.Created, pod.Ready, pod.Created + TimeSpan.FromSeconds(pod.Ready ? 9 : 60), containerName),
                ContainerStatuses = new List<V1ContainerStatus>
                {
                    new()
                    {
                        Name = containerName,
                        Image = pod.Image,
                        ImageID = $"{pod.Image.Split(':')[0]}@sha256:{Digest(pod.Image)}",
                        ContainerID = $"containerd://{Digest(pod.Name)}",
                        Ready = pod.Ready,
                        Started = true,
                        RestartCount = 0,
                        State = new V1ContainerState { Running = new V1ContainerStateRunning { StartedAt = pod.Created + TimeSpan.FromSeconds(4) } },
                        LastState = new V1ContainerState(),
                    },
                },
            },
        };
    }

    private static List<V1PodCondition> Conditions(DateTime started, bool ready, DateTime readySince, string container)
    {
        var notReadyMessage = $"containers with unready status: [{container}]";
        return new List<V1PodCondition>
        {
            new() { Type = "PodReadyToStartContainers", Status = "True", LastTransitionTime = started + TimeSpan.FromSeconds(2) },
            new() { Type = "Initialized", Status = "True", LastTransitionTime = started },
            new()
            {
                Type = "Ready", Status = ready ? "True" : "False", LastTransitionTime = readySince,
                Reason = ready ? null : "ContainersNotReady", Message = ready ? null : notReadyMessage,
            },
            new()
            {
                Type = "ContainersReady", Status = ready ? "True" : "False", LastTransitionTime = readySince,
                Reason = ready ? null : "ContainersNotReady", Message = ready ? null : notReadyMessage,
            },
            new() { Type = "PodScheduled", Status = "True", LastTransitionTime = started },
        };
    }

    private static V1EnvVarSource FieldRef(string path) =>
        new() { FieldRef = new V1ObjectFieldSelector { ApiVersion = "v1", FieldPath = path } };

    /// <summary>A stable 64-hex-digit digest for image and container ids.</summary>
    internal static string Digest(string text)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash);
    }

    internal static string Guidish(string text)
    {
        var hash = System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return new Guid(hash).ToString();
    }
}
