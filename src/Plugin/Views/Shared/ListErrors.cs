using Headlamp.Bindings;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>The precise explanation of a failed list: which verb on which resource is missing (403), a resource
/// type that is not installed (404), or Headlamp's own message.</summary>
public static class ListErrors
{
    public static string Describe(int? status, string? message, string resource, string? ns)
    {
        string scope = ns is null ? SharedStrings.AnyNamespace : SharedStrings.InNamespace(ns);
        if (status == 403) return SharedStrings.ListForbidden(resource, scope);
        if (status == 404) return SharedStrings.ListNotFound(resource);
        return SharedStrings.ListFailed(resource, message ?? SharedStrings.UnknownError);
    }

    public static string Describe(ApiError error, string resource, string? ns) => Describe(error.Status, error.Message, resource, ns);
}
