using CSharpToJs.Interop;
using k8s.Models;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>Raw JSON fields read as the text the API server sent (timestamps stay ISO strings for Headlamp's
/// date helpers).</summary>
public static class PodJson
{
    [Template("(({pod}.metadata && {pod}.metadata.creationTimestamp) || '')")]
    public static string CreationTimestamp(V1Pod pod) => pod.Metadata?.CreationTimestamp?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ") ?? "";
}
