using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using k8s;
using Kmesh.Preview.KubeObjects;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.KubeApi;

/// <summary>The simulated cluster's objects per resource type, derived from a scenario's <see cref="ClusterModel"/>.</summary>
public sealed class ResourceStore
{
    private readonly Dictionary<ResourceType, ResourceCollection> collections;

    static ResourceStore() => Quantities.EnsureRegistered();
    private long nextResourceVersion = 1200;

    public ResourceStore(ClusterModel model)
    {
        Model = model;
        var nodes = model.Nodes.ToDictionary(n => n.Name);
        var built = new Dictionary<ResourceType, List<StoredObject>>();
        foreach (var type in ResourceTypes.All)
        {
            built[type] = new List<StoredObject>();
        }

        foreach (var node in model.Nodes)
        {
            var rv = Next();
            built[ResourceTypes.Nodes].Add(Typed(ResourceTypes.Nodes, null, node.Name, rv,
                NodeLabels(node), NodeField(node), () => NodeObjects.Node(node, model.Now, Rv(rv))));
        }
        foreach (var ns in model.Namespaces)
        {
            var rv = Next();
            built[ResourceTypes.Namespaces].Add(Typed(ResourceTypes.Namespaces, null, ns.Name, rv, ns.Labels,
                path => path == "status.phase" ? "Active" : null, () => NamespaceObjects.Namespace(ns, Rv(rv))));
        }
        foreach (var service in model.Services)
        {
            var rv = Next();
            built[ResourceTypes.Services].Add(Typed(ResourceTypes.Services, service.Namespace, service.Name, rv, service.Labels,
                path => path switch { "spec.clusterIP" => service.ClusterIp, "spec.type" => "ClusterIP", _ => null },
                () => ServiceObjects.Service(service, Rv(rv))));
        }
        foreach (var pod in model.Pods)
        {
            var rv = Next();
            var node = nodes[pod.NodeName];
            built[ResourceTypes.Pods].Add(Typed(ResourceTypes.Pods, pod.Namespace, pod.Name, rv, pod.Labels,
                PodField(pod.NodeName, pod.PodIp, pod.ServiceAccount), () => PodObjects.Workload(pod, node, Rv(rv))));
        }
        if (model.KmeshInstalled)
        {
            var daemonSetUid = PodObjects.Guidish($"daemonset/kmesh/{model.Seed}");
            foreach (var daemon in model.Daemons)
            {
                var rv = Next();
                var node = nodes[daemon.NodeName];
                built[ResourceTypes.Pods].Add(Typed(ResourceTypes.Pods, ClusterParts.KmeshNamespace, daemon.PodName, rv,
                    PodObjects.DaemonLabels(daemon), PodField(daemon.NodeName, daemon.PodIp, "kmesh"),
                    () => PodObjects.Daemon(model, daemon, node, daemonSetUid, Rv(rv))));
            }
            var dsRv = Next();
            built[ResourceTypes.DaemonSets].Add(Typed(ResourceTypes.DaemonSets, ClusterParts.KmeshNamespace, "kmesh", dsRv,
                new Dictionary<string, string> { ["app"] = "kmesh", ["app.kubernetes.io/managed-by"] = "Helm" }, _ => null,
                () => DaemonSetObjects.Kmesh(model, daemonSetUid, Rv(dsRv))));
            foreach (var info in model.IpsecInfos)
            {
                var node = nodes[info.NodeName];
                built[ResourceTypes.KmeshNodeInfos].Add(Custom(ClusterParts.KmeshNamespace, info.NodeName, info.ResourceVersion,
                    EmptyLabels, () => KmeshNodeInfoObjects.NodeInfo(info, node)));
            }
        }
        if (model.GatewayApiInstalled)
        {
            var classRv = Next();
            built[ResourceTypes.GatewayClasses].Add(Custom(null, "istio-waypoint", classRv, EmptyLabels,
                () => GatewayObjects.WaypointClass(model.Namespaces.First(n => n.Name == "istio-system").Created, Rv(classRv))));
            foreach (var waypoint in model.Waypoints)
            {
                var rv = Next();
                built[ResourceTypes.Gateways].Add(Custom(waypoint.Namespace, waypoint.Name, rv,
                    new Dictionary<string, string> { ["istio.io/waypoint-for"] = waypoint.WaypointFor }, () => GatewayObjects.Waypoint(waypoint, Rv(rv))));
            }
        }
        var crdCreated = model.Namespaces.First(n => n.Name == "kube-system").Created;
        foreach (var type in ResourceTypes.All.Where(t => t.IsCustomResource && Discovery.IsAvailable(t, model)))
        {
            var rv = Next();
            built[ResourceTypes.CustomResourceDefinitions].Add(Custom(null, type.QualifiedName, rv, EmptyLabels,
                () => CrdObjects.For(type, crdCreated, Rv(rv))));
        }
        foreach (var e in model.Events)
        {
            var rv = Next();
            built[ResourceTypes.Events].Add(Typed(ResourceTypes.Events, e.Namespace, e.Name, rv, EmptyLabels, CoreEventField(e),
                () => EventObjects.Core(e, Rv(rv))));
            built[ResourceTypes.EventsV1].Add(Typed(ResourceTypes.EventsV1, e.Namespace, e.Name, rv, EmptyLabels, EventsV1Field(e),
                () => EventObjects.EventsV1(e, Rv(rv))));
        }

        collections = built.ToDictionary(kv => kv.Key, kv => new ResourceCollection(kv.Key, kv.Value));
        // Some versions come from the scenario (KmeshNodeInfo): the list's must still be newer than every object, or a
        // watch from it replays those objects as new (5,000 ADDED events and as many re-renders on `large`).
        var newest = built.Values.SelectMany(objects => objects).Select(o => o.ResourceVersion).DefaultIfEmpty(0).Max();
        ResourceVersion = Math.Max(nextResourceVersion, newest) + 17;
    }

    public ClusterModel Model { get; }

    /// <summary>The cluster-wide resourceVersion lists report (newer than every object).</summary>
    public long ResourceVersion { get; private set; }

    /// <summary>Every change after start-up, for watches.</summary>
    public WatchHub Changes { get; } = new();

    /// <summary>The resourceVersion of a change made now (newer than everything before it).</summary>
    public long NextResourceVersion()
    {
        lock (Changes)
        {
            ResourceVersion += 1;
            return ResourceVersion;
        }
    }

    public ResourceCollection Collection(ResourceType type) => collections[type];

    private static readonly IReadOnlyDictionary<string, string> EmptyLabels = new Dictionary<string, string>();

    private long Next() => nextResourceVersion += 3;

    private static string Rv(long rv) => rv.ToString(CultureInfo.InvariantCulture);

    private static StoredObject Typed<T>(ResourceType type, string? ns, string name, long rv, IReadOnlyDictionary<string, string> labels,
        Func<string, string?> fields, Func<T> build)
    {
        var prefix = $"\"kind\":\"{type.Kind}\",\"apiVersion\":\"{type.GroupVersion}\",";
        return new StoredObject(ns, name, rv, labels, fields, () => Encoding.UTF8.GetBytes(KubernetesJson.Serialize(build())), prefix);
    }

    private static StoredObject Custom(string? ns, string name, long rv, IReadOnlyDictionary<string, string> labels, Func<JsonObject> build) =>
        new(ns, name, rv, labels, _ => null, () => WireJson.Bytes(build()), null);

    private static IReadOnlyDictionary<string, string> NodeLabels(NodeInfo node)
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
        return labels;
    }

    private static Func<string, string?> NodeField(NodeInfo node) => path => path == "spec.unschedulable" ? "false" : null;

    private static Func<string, string?> PodField(string nodeName, string podIp, string serviceAccount) => path => path switch
    {
        "spec.nodeName" => nodeName,
        "status.phase" => "Running",
        "status.podIP" => podIp,
        "spec.serviceAccountName" => serviceAccount,
        "spec.restartPolicy" => "Always",
        "spec.schedulerName" => "default-scheduler",
        "status.nominatedNodeName" => "",
        _ => null,
    };

    private static Func<string, string?> CoreEventField(EventInfo e) => path => path switch
    {
        "involvedObject.kind" => e.InvolvedKind,
        "involvedObject.namespace" => e.InvolvedNamespace,
        "involvedObject.name" => e.InvolvedName,
        "involvedObject.uid" => e.InvolvedUid,
        "involvedObject.apiVersion" => e.InvolvedApiVersion,
        "involvedObject.resourceVersion" => "",
        "involvedObject.fieldPath" => e.FieldPath ?? "",
        "reason" => e.Reason,
        "reportingComponent" => e.Component,
        "source" => e.Component,
        "type" => e.Type,
        _ => null,
    };

    private static Func<string, string?> EventsV1Field(EventInfo e) => path => path switch
    {
        "regarding.kind" => e.InvolvedKind,
        "regarding.namespace" => e.InvolvedNamespace,
        "regarding.name" => e.InvolvedName,
        "regarding.uid" => e.InvolvedUid,
        "regarding.apiVersion" => e.InvolvedApiVersion,
        "regarding.resourceVersion" => "",
        "regarding.fieldPath" => e.FieldPath ?? "",
        "reason" => e.Reason,
        "reportingController" => e.Component,
        "type" => e.Type,
        _ => null,
    };
}
