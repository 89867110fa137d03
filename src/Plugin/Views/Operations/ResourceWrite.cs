using System.Threading.Tasks;
using Headlamp.Bindings;

namespace Kmesh.Plugin.Views.Operations;

/// <summary>The result of one write to the API server, as the user reads it.</summary>
public sealed record WriteResult(string What, bool Ok, string Message);

/// <summary>Creates, patches and deletes Kubernetes objects through Headlamp's ApiProxy (the user's own credentials).</summary>
public static class ResourceWrite
{
    private const int TimeoutMs = 20000;

    public static Task<WriteResult> Create(string what, string collectionPath, string json) => Send(what, collectionPath, "POST", json, "application/json");

    public static Task<WriteResult> MergePatch(string what, string path, string patch) => Send(what, path, "PATCH", patch, "application/merge-patch+json");

    public static Task<WriteResult> Delete(string what, string path) => Send(what, path, "DELETE", null, "application/json");

    private static async Task<WriteResult> Send(string what, string path, string method, string? body, string contentType)
    {
        (int status, string _, string? error) = await ApiProxyWrite.Send(path, method, body, contentType, TimeoutMs);
        if (error is null) return new WriteResult(what, true, $"{status}");
        return new WriteResult(what, false, status == 0 ? error : $"{status}: {error}");
    }
}
