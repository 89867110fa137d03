using k8s.Models;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.KubeObjects;

/// <summary>The same event, as core/v1 Event and as events.k8s.io/v1 Event (field names differ between the two).</summary>
internal static class EventObjects
{
    public static Corev1Event Core(EventInfo e, string resourceVersion) => new()
    {
        Metadata = new V1ObjectMeta
        {
            Name = e.Name,
            NamespaceProperty = e.Namespace,
            Uid = PodObjects.Guidish(e.Namespace + e.Name),
            ResourceVersion = resourceVersion,
            CreationTimestamp = e.FirstSeen,
        },
        InvolvedObject = Reference(e),
        Reason = e.Reason,
        Message = e.Message,
        Source = new V1EventSource { Component = e.Component, Host = e.Host },
        FirstTimestamp = e.FirstSeen,
        LastTimestamp = e.LastSeen,
        Count = e.Count,
        Type = e.Type,
        EventTime = null,
        ReportingComponent = e.Component,
        ReportingInstance = e.Host ?? "",
    };

    public static Eventsv1Event EventsV1(EventInfo e, string resourceVersion) => new()
    {
        Metadata = new V1ObjectMeta
        {
            Name = e.Name,
            NamespaceProperty = e.Namespace,
            Uid = PodObjects.Guidish(e.Namespace + e.Name),
            ResourceVersion = resourceVersion,
            CreationTimestamp = e.FirstSeen,
        },
        Regarding = Reference(e),
        Reason = e.Reason,
        Note = e.Message,
        Type = e.Type,
        DeprecatedSource = new V1EventSource { Component = e.Component, Host = e.Host },
        DeprecatedFirstTimestamp = e.FirstSeen,
        DeprecatedLastTimestamp = e.LastSeen,
        DeprecatedCount = e.Count,
        ReportingController = e.Component,
        ReportingInstance = e.Host ?? "",
    };

    private static V1ObjectReference Reference(EventInfo e) => new()
    {
        Kind = e.InvolvedKind,
        ApiVersion = e.InvolvedApiVersion,
        Name = e.InvolvedName,
        NamespaceProperty = e.InvolvedNamespace,
        Uid = e.InvolvedUid,
        FieldPath = e.FieldPath,
    };
}
