using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kmesh.Preview.Access;
using Kmesh.Preview.KubeApi;
using Microsoft.AspNetCore.Http;

namespace Kmesh.Preview.Backend;

/// <summary>
/// SelfSubjectRulesReview and SelfSubjectAccessReview answered from the scenario's <see cref="AccessPolicy"/>
/// (Headlamp posts a rules review before every authenticated route; 201 Created like the real API).
/// </summary>
public static class AuthorizationReviews
{
    public static async Task RulesReviewAsync(HttpContext context, AccessPolicy access)
    {
        var request = await ReadBodyAsync(context);
        var status = new JsonObject
        {
            // A rules review is for one namespace: rules bound there by RoleBindings count, others' do not.
            ["resourceRules"] = new JsonArray(access.Rules.Where(r => r.AppliesIn(ReviewNamespace(request))).Select(r => (JsonNode)new JsonObject
            {
                ["verbs"] = Strings(r.Verbs),
                ["apiGroups"] = Strings(r.ApiGroups),
                ["resources"] = Strings(r.Resources),
            }).ToArray()),
            ["nonResourceRules"] = new JsonArray(access.NonResourceRules.Select(r => (JsonNode)new JsonObject
            {
                ["verbs"] = Strings(r.Verbs),
                ["nonResourceURLs"] = Strings(r.NonResourceUrls),
            }).ToArray()),
            ["incomplete"] = false,
        };
        await JsonResponses.WriteAsync(context, Review("SelfSubjectRulesReview", request?["spec"]?.DeepClone() ?? new JsonObject(), status), 201);
    }

    public static async Task AccessReviewAsync(HttpContext context, AccessPolicy access)
    {
        var request = await ReadBodyAsync(context);
        var spec = request?["spec"]?.DeepClone() ?? new JsonObject();
        var attributes = spec["resourceAttributes"];
        JsonObject status;
        if (attributes is not null)
        {
            var allowed = access.Allows(
                Text(attributes, "verb"), Text(attributes, "group"), Text(attributes, "resource"),
                attributes["subresource"]?.GetValue<string>() is { Length: > 0 } sub ? sub : null,
                attributes["namespace"]?.GetValue<string>() is { Length: > 0 } ns ? ns : null);
            status = allowed ? new JsonObject { ["allowed"] = true, ["reason"] = access.RoleDescription } : new JsonObject { ["allowed"] = false };
        }
        else
        {
            var verb = spec["nonResourceAttributes"]?["verb"]?.GetValue<string>() ?? "";
            var path = spec["nonResourceAttributes"]?["path"]?.GetValue<string>() ?? "";
            var allowed = access.NonResourceRules.Any(r => r.Verbs.Any(v => v == "*" || v == verb)
                && r.NonResourceUrls.Any(u => u == "*" || u == path || (u.EndsWith('*') && path.StartsWith(u[..^1], StringComparison.Ordinal))));
            status = new JsonObject { ["allowed"] = allowed };
        }
        await JsonResponses.WriteAsync(context, Review("SelfSubjectAccessReview", spec, status), 201);
    }

    private static JsonObject Review(string kind, JsonNode spec, JsonObject status) => new()
    {
        ["kind"] = kind,
        ["apiVersion"] = "authorization.k8s.io/v1",
        ["metadata"] = new JsonObject { ["creationTimestamp"] = null },
        ["spec"] = spec,
        ["status"] = status,
    };

    private static string? ReviewNamespace(JsonNode? request) =>
        request?["spec"]?["namespace"]?.GetValue<string>() is { Length: > 0 } ns ? ns : null;

    private static string Text(JsonNode node, string key) => node[key]?.GetValue<string>() ?? "";

    private static JsonArray Strings(System.Collections.Generic.IEnumerable<string> values) =>
        new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static async Task<JsonNode?> ReadBodyAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
