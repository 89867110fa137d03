using CSharpToJs.Interop;
using k8s.Models;

namespace Headlamp.Bindings;

/// <summary>pluginLib.K8s.ResourceClasses: the built-in KubeObject classes the plugin reads (class names stay PascalCase in JS).</summary>
[External, JsGlobal("pluginLib.K8s.ResourceClasses")]
public static class ResourceClasses
{
    [Name("Pod")] public static extern ResourceClass<V1Pod> Pod { get; }
    [Name("Namespace")] public static extern ResourceClass<V1Namespace> Namespace { get; }
    [Name("Service")] public static extern ResourceClass<V1Service> Service { get; }
    [Name("Node")] public static extern ResourceClass<V1Node> Node { get; }
    [Name("DaemonSet")] public static extern ResourceClass<V1DaemonSet> DaemonSet { get; }
    /// <summary>Event is not in ResourceClasses; Headlamp exports it as the default of its k8s/event module.</summary>
    [Template("pluginLib.K8s.event.default")] public static extern ResourceClass<Corev1Event> Event { get; }
}

/// <summary>Arguments of makeCustomResourceClass (Headlamp ≥ 0.26 object form).</summary>
[ObjectLiteral]
public sealed class CustomResourceClassArgs
{
    public ApiGroupVersion[]? ApiInfo { get; set; }
    public string? Kind { get; set; }
    public string? PluralName { get; set; }
    public string? SingularName { get; set; }
    public bool? IsNamespaced { get; set; }
}

[ObjectLiteral]
public sealed class ApiGroupVersion
{
    public string? Group { get; set; }
    public string? Version { get; set; }
}

[External, JsGlobal("pluginLib.Crd")]
public static class Crd
{
    public static extern ResourceClass<TJson> MakeCustomResourceClass<TJson>(CustomResourceClassArgs args);
}
