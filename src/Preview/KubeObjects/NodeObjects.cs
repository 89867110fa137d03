using System;
using System.Collections.Generic;
using k8s.Models;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.KubeObjects;

/// <summary>Builds V1Node objects that look like kind nodes (Ready, with addresses, capacity and node info).</summary>
internal static class NodeObjects
{
    public static V1Node Node(NodeInfo node, DateTime now, string resourceVersion)
    {
        var labels = new Dictionary<string, string>
        {
            ["beta.kubernetes.io/arch"] = "amd64",
            ["beta.kubernetes.io/os"] = "linux",
            ["kubernetes.io/arch"] = "amd64",
            ["kubernetes.io/hostname"] = node.Name,
            ["kubernetes.io/os"] = "linux",
            ["topology.kubernetes.io/region"] = "region-a",
            ["topology.kubernetes.io/zone"] = node.Zone,
        };
        if (node.ControlPlane)
        {
            labels["node-role.kubernetes.io/control-plane"] = "";
        }
        var heartbeat = now - TimeSpan.FromSeconds(17);
        V1NodeCondition Condition(string type, string status, string reason, string message) =>
            new() { Type = type, Status = status, Reason = reason, Message = message, LastHeartbeatTime = heartbeat, LastTransitionTime = node.Created + TimeSpan.FromSeconds(type == "Ready" ? 25 : 0) };
        return new V1Node
        {
            Metadata = new V1ObjectMeta
            {
                Name = node.Name,
                Uid = node.Uid,
                ResourceVersion = resourceVersion,
                CreationTimestamp = node.Created,
                Labels = labels,
                Annotations = new Dictionary<string, string>
                {
                    ["kubeadm.alpha.kubernetes.io/cri-socket"] = "unix:///run/containerd/containerd.sock",
                    ["node.alpha.kubernetes.io/ttl"] = "0",
                    ["volumes.kubernetes.io/controller-managed-attach-detach"] = "true",
                },
            },
            Spec = new V1NodeSpec
            {
                PodCIDR = node.PodCidr,
                PodCIDRs = new List<string> { node.PodCidr },
                ProviderID = $"kind://docker/kmesh/{node.Name}",
                Taints = node.ControlPlane
                    ? new List<V1Taint> { new() { Key = "node-role.kubernetes.io/control-plane", Effect = "NoSchedule" } }
                    : null,
            },
            Status = new V1NodeStatus
            {
                Addresses = new List<V1NodeAddress>
                {
                    new() { Type = "InternalIP", Address = node.InternalIp },
                    new() { Type = "Hostname", Address = node.Name },
                },
                Capacity = Resources("8", "16318640Ki", "110"),
                Allocatable = Resources("8", "16318640Ki", "110"),
                Conditions = new List<V1NodeCondition>
                {
                    Condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                    Condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                    Condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                    Condition("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
                },
                DaemonEndpoints = new V1NodeDaemonEndpoints { KubeletEndpoint = new V1DaemonEndpoint { Port = 10250 } },
                NodeInfo = new V1NodeSystemInfo
                {
                    Architecture = "amd64",
                    BootID = node.BootId,
                    ContainerRuntimeVersion = "containerd://2.0.3",
                    KernelVersion = "6.8.0-49-generic",
                    KubeProxyVersion = "",
                    KubeletVersion = "v1.32.2",
                    MachineID = node.Uid.Replace("-", ""),
                    OperatingSystem = "linux",
                    OsImage = "Debian GNU/Linux 12 (bookworm)",
                    SystemUUID = node.BootId,
                },
            },
        };
    }

    private static Dictionary<string, ResourceQuantity> Resources(string cpu, string memory, string pods) => new()
    {
        ["cpu"] = Quantities.Of(cpu),
        ["ephemeral-storage"] = Quantities.Of("102626232Ki"),
        ["hugepages-1Gi"] = Quantities.Of("0"),
        ["hugepages-2Mi"] = Quantities.Of("0"),
        ["memory"] = Quantities.Of(memory),
        ["pods"] = Quantities.Of(pods),
    };
}
