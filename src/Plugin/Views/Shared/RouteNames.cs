namespace Kmesh.Plugin.Views.Shared;

/// <summary>Route and sidebar names: links go through route names, so multi-cluster URLs stay correct.</summary>
public static class RouteNames
{
    public const string Sidebar = "kmesh";
    public const string Overview = "kmesh-overview";
    public const string Nodes = "kmesh-nodes";
    /// <summary>The Nodes list filtered by a status (<c>/kmesh/nodes/status/:status</c>), e.g. crash-loop.</summary>
    public const string NodesFiltered = "kmesh-nodes-filtered";
    public const string Node = "kmesh-node";
    public const string Waypoints = "kmesh-waypoints";
    public const string Waypoint = "kmesh-waypoint";
    public const string BpfMaps = "kmesh-bpf-maps";
    public const string Workloads = "kmesh-workloads";
    public const string Services = "kmesh-services";
    public const string Policies = "kmesh-policies";
    public const string Traffic = "kmesh-traffic";
    public const string KernelNative = "kmesh-kernel-native";
    /// <summary>Headlamp's own pod details route.</summary>
    public const string HeadlampPod = "pod";
    /// <summary>Headlamp's own service details route.</summary>
    public const string HeadlampService = "service";
    /// <summary>Headlamp's own node details route.</summary>
    public const string HeadlampNode = "node";
    /// <summary>Headlamp's own namespace details route.</summary>
    public const string HeadlampNamespace = "namespace";
    /// <summary>Headlamp's own Gateway (gateway.networking.k8s.io) details route.</summary>
    public const string HeadlampGateway = "gateway";
    /// <summary>Headlamp's own namespaces list route.</summary>
    public const string HeadlampNamespaces = "namespaces";
}
