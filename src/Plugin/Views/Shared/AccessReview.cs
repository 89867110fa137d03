using System.Threading.Tasks;
using Headlamp.Bindings;
using Kmesh.Model;
using Kmesh.Model.Json;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>Asks the API server whether the current user may do something (SelfSubjectAccessReview), to name the
/// exact missing permission when a WebSocket stream is refused without a status.</summary>
public static class AccessReview
{
    public const string Path = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";

    public static string Body(string verb, string resource, string subresource, string ns) => Body(verb, "", resource, subresource, ns);

    /// <summary>The review of <paramref name="verb"/> on <paramref name="resource"/> of API group
    /// <paramref name="group"/> ("" for the core group); <paramref name="ns"/> "" means every namespace.</summary>
    public static string Body(string verb, string group, string resource, string subresource, string ns) =>
        "{\"apiVersion\":\"authorization.k8s.io/v1\",\"kind\":\"SelfSubjectAccessReview\",\"spec\":{\"resourceAttributes\":{"
        + $"\"namespace\":\"{ns}\",\"verb\":\"{verb}\",\"group\":\"{group}\",\"resource\":\"{resource}\",\"subresource\":\"{subresource}\"" + "}}}";

    /// <summary>True or false from status.allowed; null when the review itself failed.</summary>
    public static bool? Allowed(string responseBody)
    {
        Parsed<JsonDocument> parsed = JsonParser.Parse(responseBody);
        JsonValue? allowed = parsed.Value?.Root.Get("status")?.Get("allowed");
        if (allowed is null || allowed.Kind != JsonKind.Bool) return null;
        return allowed.Bool;
    }

    public static Task<bool?> IsAllowed(string verb, string resource, string subresource, string ns) => IsAllowed(verb, "", resource, subresource, ns);

    public static async Task<bool?> IsAllowed(string verb, string group, string resource, string subresource, string ns)
    {
        (int status, string body, string? error) = await ApiProxy.PostText(Path, Body(verb, group, resource, subresource, ns), 10000);
        if (error is not null || status >= 300) return null;
        return Allowed(body);
    }
}
