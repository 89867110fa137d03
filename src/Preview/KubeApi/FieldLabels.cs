using System.Collections.Generic;

namespace Kmesh.Preview.KubeApi;

/// <summary>The field-selector fields kube-apiserver supports per kind (every kind supports metadata.name/namespace).</summary>
public static class FieldLabels
{
    private static readonly Dictionary<ResourceType, HashSet<string>> Extra = new()
    {
        [ResourceTypes.Pods] = new() { "spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "status.phase", "status.podIP", "status.nominatedNodeName" },
        [ResourceTypes.Nodes] = new() { "spec.unschedulable" },
        [ResourceTypes.Namespaces] = new() { "status.phase" },
        [ResourceTypes.Services] = new() { "spec.clusterIP", "spec.type" },
        [ResourceTypes.Events] = new()
        {
            "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid", "involvedObject.apiVersion",
            "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type",
        },
        [ResourceTypes.EventsV1] = new()
        {
            "regarding.kind", "regarding.namespace", "regarding.name", "regarding.uid", "regarding.apiVersion",
            "regarding.resourceVersion", "regarding.fieldPath", "reason", "reportingController", "type",
        },
    };

    public static bool Supports(ResourceType type, string field) =>
        field is "metadata.name" or "metadata.namespace" || (Extra.TryGetValue(type, out var fields) && fields.Contains(field));
}
