using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>An instance of Headlamp's KubeObject (a native ES class). <c>JsonData</c> is the plain Kubernetes JSON,
/// read through a JSON shape such as k8s.Models.V1Pod.</summary>
[External]
public class KubeObject<TJson>
{
    protected KubeObject() { }
    public extern TJson JsonData { get; }
    public extern string GetName();
    public extern string? GetNamespace();
    /// <summary>The cluster the object was read from (multi-cluster Headlamp).</summary>
    public extern string? Cluster { get; }
}

/// <summary>The error object Headlamp's hooks and ApiProxy reject with: <c>status</c> is the HTTP code
/// (403, 404, 408 timeout, 502 unreachable) and <c>message</c> e.g. "Forbidden - pods is forbidden: …".</summary>
[External]
public sealed class ApiError
{
    private ApiError() { }
    public extern int? Status { get; }
    public extern string? Message { get; }
}

/// <summary>Options of useList: namespace and selectors are passed through as Kubernetes query parameters.</summary>
[ObjectLiteral]
public sealed class ListQuery
{
    public string? Namespace { get; set; }
    public string? LabelSelector { get; set; }
    public string? FieldSelector { get; set; }
}
