using System.Collections.Generic;
using System.Linq;
using k8s.Models;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.KubeObjects;

internal static class ServiceObjects
{
    public static V1Service Service(ServiceInfo service, string resourceVersion) => new()
    {
        Metadata = new V1ObjectMeta
        {
            Name = service.Name,
            NamespaceProperty = service.Namespace,
            Uid = service.Uid,
            ResourceVersion = resourceVersion,
            CreationTimestamp = service.Created,
            Labels = service.Labels.Count == 0 ? null : service.Labels.ToDictionary(kv => kv.Key, kv => kv.Value),
        },
        Spec = new V1ServiceSpec
        {
            Type = "ClusterIP",
            ClusterIP = service.ClusterIp,
            ClusterIPs = new List<string> { service.ClusterIp },
            IpFamilies = new List<string> { "IPv4" },
            IpFamilyPolicy = "SingleStack",
            InternalTrafficPolicy = "Cluster",
            SessionAffinity = "None",
            Selector = service.Selector.Count == 0 ? null : service.Selector.ToDictionary(kv => kv.Key, kv => kv.Value),
            Ports = service.Ports.Select(p => new V1ServicePort
            {
                Name = p.Name,
                Port = p.Port,
                TargetPort = p.TargetPort,
                Protocol = p.Protocol,
            }).ToList(),
        },
        Status = new V1ServiceStatus { LoadBalancer = new V1LoadBalancerStatus() },
    };
}
