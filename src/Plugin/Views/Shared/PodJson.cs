using CSharpToJs.Interop;
using k8s.Models;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>Raw JSON fields read as the text the API server sent (timestamps stay ISO strings for Headlamp's
/// date helpers).</summary>
[External]
public static class PodJson
{
    [Template("(({pod}.metadata && {pod}.metadata.creationTimestamp) || '')")]
    public static extern string CreationTimestamp(V1Pod pod);
}

/// <summary>A Gateway's raw creation time, as the API server sent it.</summary>
[External]
public static class GatewayJson
{
    [Template("(({gateway}.metadata && {gateway}.metadata.creationTimestamp) || '')")]
    public static extern string CreationTimestamp(Kmesh.Model.Shapes.Gateway gateway);
}
