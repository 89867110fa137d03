using System.Text.Json.Nodes;
using Kmesh.Preview.Access;

namespace Kmesh.Preview.KubeApi;

/// <summary>metav1.Status bodies worded exactly like kube-apiserver's.</summary>
public static class StatusResponses
{
    public static JsonObject Failure(int code, string reason, string message, JsonObject? details = null)
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = message,
        };
        if (reason.Length > 0)
        {
            status["reason"] = reason;
        }
        if (details is not null)
        {
            status["details"] = details;
        }
        status["code"] = code;
        return status;
    }

    public static JsonObject Forbidden(string verb, ResourceType type, string? ns, string? name, string? subresource)
    {
        var resource = subresource is null ? type.Plural : $"{type.Plural}/{subresource}";
        var subject = name is null ? type.QualifiedName : $"{type.QualifiedName} \"{name}\"";
        var scope = type.Namespaced && ns is not null ? $"in the namespace \"{ns}\"" : "at the cluster scope";
        var message = $"{subject} is forbidden: User \"{AccessPolicy.UserName}\" cannot {verb} resource \"{resource}\" in API group \"{type.Group}\" {scope}";
        return Failure(403, "Forbidden", message, Details(type, name));
    }

    public static JsonObject NotFound(ResourceType type, string name) =>
        Failure(404, "NotFound", $"{type.QualifiedName} \"{name}\" not found", Details(type, name));

    /// <summary>What kube-apiserver answers for a path no installed API serves.</summary>
    public static JsonObject PathNotFound() =>
        Failure(404, "NotFound", "the server could not find the requested resource", new JsonObject());

    public static JsonObject BadRequest(string message) => Failure(400, "BadRequest", message);

    public static JsonObject MethodNotSupported(ResourceType type, string verb) =>
        Failure(405, "MethodNotAllowed", $"{verb} is not supported on resources of kind \"{type.QualifiedName}\"",
            new JsonObject { ["kind"] = type.QualifiedName });

    private static JsonObject Details(ResourceType type, string? name)
    {
        var details = new JsonObject();
        if (name is not null)
        {
            details["name"] = name;
        }
        if (type.Group.Length > 0)
        {
            details["group"] = type.Group;
        }
        details["kind"] = type.Plural;
        return details;
    }
}
