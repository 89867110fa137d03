using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.KubeApi;

/// <summary>
/// Legacy discovery documents (/api, /apis, /apis/&lt;g&gt;, /api/v1, /apis/&lt;g&gt;/&lt;v&gt;), truthful per scenario: kmesh.net and
/// gateway.networking.k8s.io exist only where their CRDs are installed.
/// </summary>
public static class Discovery
{
    private const string AuthorizationGroup = "authorization.k8s.io";

    public static bool IsAvailable(ResourceType type, ClusterModel model) => type.Availability switch
    {
        ApiAvailability.KmeshCrds => model.KmeshInstalled,
        ApiAvailability.GatewayApiCrds => model.GatewayApiInstalled,
        _ => true,
    };

    public static JsonObject CoreVersions() => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = new JsonArray("v1"),
        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = "172.18.0.2:6443" }),
    };

    public static JsonObject GroupList(ClusterModel model) => new()
    {
        ["kind"] = "APIGroupList",
        ["apiVersion"] = "v1",
        ["groups"] = new JsonArray(Groups(model).Select(g => (JsonNode)Group(g.Name, g.Version)).ToArray()),
    };

    public static JsonObject? GroupDocument(ClusterModel model, string group) =>
        Groups(model).Where(g => g.Name == group).Select(g => Group(g.Name, g.Version)).FirstOrDefault() is { } doc
            ? WithType(doc, "APIGroup")
            : null;

    /// <summary>The APIResourceList of one group version, or null when the scenario does not serve it.</summary>
    public static JsonObject? ResourceList(ClusterModel model, string group, string version)
    {
        if (group == AuthorizationGroup && version == "v1")
        {
            return Resources("authorization.k8s.io/v1", new[]
            {
                Review("localsubjectaccessreviews", "LocalSubjectAccessReview", true),
                Review("selfsubjectaccessreviews", "SelfSubjectAccessReview", false),
                Review("selfsubjectreviews", "SelfSubjectReview", false),
                Review("selfsubjectrulesreviews", "SelfSubjectRulesReview", false),
                Review("subjectaccessreviews", "SubjectAccessReview", false),
            });
        }
        var types = ResourceTypes.All.Where(t => t.Group == group && t.Version == version && IsAvailable(t, model)).ToList();
        if (types.Count == 0)
        {
            return null;
        }
        var groupVersion = types[0].GroupVersion;
        var resources = new List<JsonNode>();
        foreach (var type in types.OrderBy(t => t.Plural, System.StringComparer.Ordinal))
        {
            resources.Add(Resource(type));
            foreach (var sub in type.Subresources)
            {
                resources.Add(Subresource(type, sub));
            }
        }
        return Resources(groupVersion, resources.ToArray());
    }

    private static IEnumerable<(string Name, string Version)> Groups(ClusterModel model)
    {
        yield return ("apps", "v1");
        yield return ("batch", "v1");
        yield return ("discovery.k8s.io", "v1");
        yield return ("networking.k8s.io", "v1");
        yield return ("events.k8s.io", "v1");
        yield return (AuthorizationGroup, "v1");
        yield return ("apiextensions.k8s.io", "v1");
        if (model.GatewayApiInstalled)
        {
            yield return ("gateway.networking.k8s.io", "v1");
        }
        if (model.KmeshInstalled)
        {
            yield return ("kmesh.net", "v1alpha1");
        }
    }

    private static JsonObject Group(string name, string version)
    {
        var groupVersion = $"{name}/{version}";
        return new JsonObject
        {
            ["name"] = name,
            ["versions"] = new JsonArray(new JsonObject { ["groupVersion"] = groupVersion, ["version"] = version }),
            ["preferredVersion"] = new JsonObject { ["groupVersion"] = groupVersion, ["version"] = version },
        };
    }

    private static JsonObject WithType(JsonObject doc, string kind)
    {
        var typed = new JsonObject { ["kind"] = kind, ["apiVersion"] = "v1" };
        foreach (var (key, value) in doc.ToList())
        {
            doc.Remove(key);
            typed[key] = value;
        }
        return typed;
    }

    private static JsonObject Resources(string groupVersion, JsonNode[] resources) => new()
    {
        ["kind"] = "APIResourceList",
        ["apiVersion"] = "v1",
        ["groupVersion"] = groupVersion,
        ["resources"] = new JsonArray(resources),
    };

    private static JsonObject Resource(ResourceType type)
    {
        var verbs = new JsonArray("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");
        var resource = new JsonObject
        {
            ["name"] = type.Plural,
            ["singularName"] = type.Singular,
            ["namespaced"] = type.Namespaced,
            ["kind"] = type.Kind,
            ["verbs"] = verbs,
        };
        if (type.ShortNames.Count > 0)
        {
            resource["shortNames"] = new JsonArray(type.ShortNames.Select(s => (JsonNode)JsonValue.Create(s)).ToArray());
        }
        if (type.Plural is "pods" or "services" or "daemonsets" or "deployments" or "replicasets" or "statefulsets")
        {
            resource["categories"] = new JsonArray("all");
        }
        return resource;
    }

    private static JsonObject Subresource(ResourceType type, string sub)
    {
        var (kind, verbs) = sub switch
        {
            "exec" => ("PodExecOptions", new JsonArray("create", "get")),
            "log" => ("Pod", new JsonArray("get")),
            "proxy" => ($"{type.Kind}ProxyOptions", new JsonArray("create", "delete", "get", "patch", "update")),
            "scale" => ("Scale", new JsonArray("get", "patch", "update")),
            _ => (type.Kind, new JsonArray("get", "patch", "update")),
        };
        var resource = new JsonObject
        {
            ["name"] = $"{type.Plural}/{sub}",
            ["singularName"] = "",
            ["namespaced"] = type.Namespaced,
            ["kind"] = kind,
            ["verbs"] = verbs,
        };
        if (sub == "scale")
        {
            resource["group"] = "autoscaling";
            resource["version"] = "v1";
        }
        return resource;
    }

    private static JsonObject Review(string plural, string kind, bool namespaced) => new()
    {
        ["name"] = plural,
        ["singularName"] = plural.TrimEnd('s'),
        ["namespaced"] = namespaced,
        ["kind"] = kind,
        ["verbs"] = new JsonArray("create"),
    };
}
