using System;
using System.Linq;
using CSharpToJs.Interop;
using k8s.Models;

public static class Program
{
    const string Json = """
        {
          "apiVersion": "v1",
          "kind": "Node",
          "metadata": {
            "name": "kmesh-worker",
            "labels": {
              "kubernetes.io/arch": "amd64",
              "kubernetes.io/hostname": "kmesh-worker",
              "kubernetes.io/os": "linux",
              "topology.kubernetes.io/zone": "zone-1"
            },
            "creationTimestamp": "2025-12-03T09:10:44Z"
          },
          "spec": { "podCIDR": "10.244.1.0/24", "podCIDRs": ["10.244.1.0/24"], "providerID": "kind://docker/kmesh/kmesh-worker" },
          "status": {
            "addresses": [
              { "type": "InternalIP", "address": "172.18.0.3" },
              { "type": "Hostname", "address": "kmesh-worker" }
            ],
            "capacity": { "cpu": "8", "ephemeral-storage": "263112772Ki", "memory": "32859796Ki", "pods": "110" },
            "allocatable": { "cpu": "8", "memory": "32859796Ki", "pods": "110" },
            "conditions": [
              { "type": "MemoryPressure", "status": "False", "reason": "KubeletHasSufficientMemory" },
              { "type": "DiskPressure", "status": "False", "reason": "KubeletHasNoDiskPressure" },
              { "type": "PIDPressure", "status": "False", "reason": "KubeletHasSufficientPID" },
              { "type": "Ready", "status": "True", "reason": "KubeletReady", "message": "kubelet is posting ready status" }
            ],
            "nodeInfo": {
              "architecture": "amd64",
              "bootID": "9b6e0c2d-1f44-4e57-a1b3-2d7c55e0f8a4",
              "containerRuntimeVersion": "containerd://1.7.18",
              "kernelVersion": "6.8.0-49-generic",
              "kubeProxyVersion": "",
              "kubeletVersion": "v1.30.0",
              "machineID": "a1b2",
              "operatingSystem": "linux",
              "osImage": "Debian GNU/Linux 12 (bookworm)",
              "systemUUID": "c3d4"
            }
          }
        }
        """;

    public static void Main()
    {
        var node = JsonShapes.Parse<V1Node>(Json);
        var info = node.Status?.NodeInfo;
        Console.WriteLine($"{node.Metadata?.Name} kernel={info?.KernelVersion} kubelet={info?.KubeletVersion} os={info?.OsImage}");
        var kernelMajor = int.Parse(info!.KernelVersion.Split('.')[0]);
        Console.WriteLine("kernel >= 5.10: " + (kernelMajor > 5));
        var ip = node.Status?.Addresses?.FirstOrDefault(a => a.Type == "InternalIP")?.Address;
        Console.WriteLine("internal ip " + ip);
        var ready = node.Status?.Conditions?.FirstOrDefault(c => c.Type == "Ready");
        Console.WriteLine($"ready={ready?.Status} ({ready?.Reason})");
        var pressures = node.Status?.Conditions?.Where(c => c.Type.EndsWith("Pressure") && c.Status == "True").Count();
        Console.WriteLine("pressures " + pressures);
        Console.WriteLine("capacity keys: " + string.Join(",", node.Status!.Capacity.Keys.OrderBy(k => k, StringComparer.Ordinal)));
        Console.WriteLine("zone " + node.Metadata?.Labels?["topology.kubernetes.io/zone"]);
        Console.WriteLine("cidr " + node.Spec?.PodCIDR + " provider " + node.Spec?.ProviderID?.Split('/').Last());
        Console.WriteLine("created " + node.Metadata?.CreationTimestamp?.ToString("yyyy-MM-dd"));
    }
}
