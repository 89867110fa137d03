using System;
using System.Collections.Generic;
using System.Linq;

namespace Kmesh.Preview.KubeApi;

/// <summary>The resources the simulated API server knows. Kinds without simulated objects answer empty lists.</summary>
public static class ResourceTypes
{
    private static readonly string[] None = Array.Empty<string>();

    public static readonly ResourceType Pods = new("", "v1", "pods", "pod", "Pod", true, new[] { "po" }, ApiAvailability.Always,
        new[] { "exec", "log", "proxy", "status" });
    public static readonly ResourceType Nodes = new("", "v1", "nodes", "node", "Node", false, new[] { "no" }, ApiAvailability.Always,
        new[] { "proxy", "status" });
    public static readonly ResourceType Namespaces = new("", "v1", "namespaces", "namespace", "Namespace", false, new[] { "ns" },
        ApiAvailability.Always, new[] { "status" });
    public static readonly ResourceType Services = new("", "v1", "services", "service", "Service", true, new[] { "svc" },
        ApiAvailability.Always, new[] { "proxy", "status" });
    public static readonly ResourceType Events = new("", "v1", "events", "event", "Event", true, new[] { "ev" }, ApiAvailability.Always, None);
    public static readonly ResourceType ConfigMaps = new("", "v1", "configmaps", "configmap", "ConfigMap", true, new[] { "cm" },
        ApiAvailability.Always, None);
    public static readonly ResourceType ServiceAccounts = new("", "v1", "serviceaccounts", "serviceaccount", "ServiceAccount", true,
        new[] { "sa" }, ApiAvailability.Always, None);
    public static readonly ResourceType DaemonSets = new("apps", "v1", "daemonsets", "daemonset", "DaemonSet", true, new[] { "ds" },
        ApiAvailability.Always, new[] { "status" });
    public static readonly ResourceType Deployments = new("apps", "v1", "deployments", "deployment", "Deployment", true,
        new[] { "deploy" }, ApiAvailability.Always, new[] { "scale", "status" });
    public static readonly ResourceType ReplicaSets = new("apps", "v1", "replicasets", "replicaset", "ReplicaSet", true, new[] { "rs" },
        ApiAvailability.Always, new[] { "scale", "status" });
    public static readonly ResourceType StatefulSets = new("apps", "v1", "statefulsets", "statefulset", "StatefulSet", true,
        new[] { "sts" }, ApiAvailability.Always, new[] { "scale", "status" });
    public static readonly ResourceType EventsV1 = new("events.k8s.io", "v1", "events", "event", "Event", true, new[] { "ev" },
        ApiAvailability.Always, None);
    public static readonly ResourceType Gateways = new("gateway.networking.k8s.io", "v1", "gateways", "gateway", "Gateway", true,
        new[] { "gtw" }, ApiAvailability.GatewayApiCrds, new[] { "status" });
    public static readonly ResourceType GatewayClasses = new("gateway.networking.k8s.io", "v1", "gatewayclasses", "gatewayclass",
        "GatewayClass", false, new[] { "gc" }, ApiAvailability.GatewayApiCrds, new[] { "status" });
    // Built-in kinds no scenario has objects of, which every real cluster serves (empty here): Headlamp's Map lists each
    // of them and draws nothing until every list has answered.
    public static readonly ResourceType Endpoints = new("", "v1", "endpoints", "endpoints", "Endpoints", true, new[] { "ep" },
        ApiAvailability.Always, None);
    public static readonly ResourceType PersistentVolumeClaims = new("", "v1", "persistentvolumeclaims", "persistentvolumeclaim",
        "PersistentVolumeClaim", true, new[] { "pvc" }, ApiAvailability.Always, new[] { "status" });
    public static readonly ResourceType Jobs = new("batch", "v1", "jobs", "job", "Job", true, None, ApiAvailability.Always, new[] { "status" });
    public static readonly ResourceType CronJobs = new("batch", "v1", "cronjobs", "cronjob", "CronJob", true, new[] { "cj" },
        ApiAvailability.Always, new[] { "status" });
    public static readonly ResourceType EndpointSlices = new("discovery.k8s.io", "v1", "endpointslices", "endpointslice", "EndpointSlice",
        true, None, ApiAvailability.Always, None);
    public static readonly ResourceType Ingresses = new("networking.k8s.io", "v1", "ingresses", "ingress", "Ingress", true, new[] { "ing" },
        ApiAvailability.Always, new[] { "status" });
    public static readonly ResourceType IngressClasses = new("networking.k8s.io", "v1", "ingressclasses", "ingressclass", "IngressClass",
        false, None, ApiAvailability.Always, None);
    public static readonly ResourceType NetworkPolicies = new("networking.k8s.io", "v1", "networkpolicies", "networkpolicy",
        "NetworkPolicy", true, new[] { "netpol" }, ApiAvailability.Always, None);
    public static readonly ResourceType KmeshNodeInfos = new("kmesh.net", "v1alpha1", "kmeshnodeinfos", "kmeshnodeinfo",
        "KmeshNodeInfo", true, None, ApiAvailability.KmeshCrds, None);

    public static readonly ResourceType CustomResourceDefinitions = new("apiextensions.k8s.io", "v1", "customresourcedefinitions",
        "customresourcedefinition", "CustomResourceDefinition", false, new[] { "crd", "crds" }, ApiAvailability.Always, new[] { "status" });

    public static IReadOnlyList<ResourceType> All { get; } = new[]
    {
        Pods, Nodes, Namespaces, Services, Events, ConfigMaps, ServiceAccounts, DaemonSets, Deployments, ReplicaSets, StatefulSets,
        EventsV1, Gateways, GatewayClasses, KmeshNodeInfos, CustomResourceDefinitions,
        Endpoints, PersistentVolumeClaims, Jobs, CronJobs, EndpointSlices, Ingresses, IngressClasses, NetworkPolicies,
    };

    public static ResourceType? Find(string group, string version, string plural) =>
        All.FirstOrDefault(t => t.Group == group && t.Version == version && t.Plural == plural);
}
