using System.Collections.Generic;
using System.Linq;
using k8s.Models;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.KubeObjects;

internal static class NamespaceObjects
{
    public static V1Namespace Namespace(NamespaceInfo ns, string resourceVersion) => new()
    {
        Metadata = new V1ObjectMeta
        {
            Name = ns.Name,
            Uid = ns.Uid,
            ResourceVersion = resourceVersion,
            CreationTimestamp = ns.Created,
            Labels = ns.Labels.ToDictionary(kv => kv.Key, kv => kv.Value),
        },
        Spec = new V1NamespaceSpec { Finalizers = new List<string> { "kubernetes" } },
        Status = new V1NamespaceStatus { Phase = "Active" },
    };
}
