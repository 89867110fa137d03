using Headlamp.Bindings;
using Kmesh.Model.Shapes;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>The custom resource classes the plugin reads (made once, at load).</summary>
public static class KmeshResources
{
    public const string NodeInfoKind = "KmeshNodeInfo";

    /// <summary>kmesh.net/v1alpha1 KmeshNodeInfo: namespaced (in the Kmesh namespace), only present with IPsec.</summary>
    public static readonly ResourceClass<KmeshNodeInfo> NodeInfo = Crd.MakeCustomResourceClass<KmeshNodeInfo>(new CustomResourceClassArgs
    {
        ApiInfo = new[] { new ApiGroupVersion { Group = "kmesh.net", Version = "v1alpha1" } },
        Kind = NodeInfoKind,
        PluralName = "kmeshnodeinfos",
        SingularName = "kmeshnodeinfo",
        IsNamespaced = true,
    });

    /// <summary>Gateway API Gateways; waypoints are those of class istio-waypoint.</summary>
    public static readonly ResourceClass<Gateway> Gateway = Crd.MakeCustomResourceClass<Gateway>(new CustomResourceClassArgs
    {
        ApiInfo = new[] { new ApiGroupVersion { Group = "gateway.networking.k8s.io", Version = "v1" } },
        Kind = "Gateway",
        PluralName = "gateways",
        SingularName = "gateway",
        IsNamespaced = true,
    });
}
