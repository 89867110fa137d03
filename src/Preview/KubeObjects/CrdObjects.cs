using System;
using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Preview.KubeApi;

namespace Kmesh.Preview.KubeObjects;

/// <summary>CustomResourceDefinitions for the custom resources the simulated cluster serves (Headlamp's sidebar lists them).</summary>
internal static class CrdObjects
{
    public static JsonObject For(ResourceType type, DateTime created, string resourceVersion)
    {
        var names = new JsonObject
        {
            ["kind"] = type.Kind,
            ["listKind"] = type.ListKind,
            ["plural"] = type.Plural,
            ["singular"] = type.Singular,
        };
        if (type.ShortNames.Count > 0)
        {
            names["shortNames"] = new JsonArray(type.ShortNames.Select(s => (JsonNode)JsonValue.Create(s)).ToArray());
        }
        var version = new JsonObject
        {
            ["name"] = type.Version,
            ["served"] = true,
            ["storage"] = true,
            ["schema"] = new JsonObject
            {
                ["openAPIV3Schema"] = new JsonObject { ["type"] = "object", ["x-kubernetes-preserve-unknown-fields"] = true },
            },
        };
        if (type.Subresources.Contains("status"))
        {
            version["subresources"] = new JsonObject { ["status"] = new JsonObject() };
        }
        var at = KubeTime.Format(created);
        return new JsonObject
        {
            ["apiVersion"] = "apiextensions.k8s.io/v1",
            ["kind"] = "CustomResourceDefinition",
            ["metadata"] = new JsonObject
            {
                ["creationTimestamp"] = at,
                ["generation"] = 1,
                ["name"] = type.QualifiedName,
                ["resourceVersion"] = resourceVersion,
                ["uid"] = PodObjects.Guidish("crd/" + type.QualifiedName),
            },
            ["spec"] = new JsonObject
            {
                ["conversion"] = new JsonObject { ["strategy"] = "None" },
                ["group"] = type.Group,
                ["names"] = names,
                ["scope"] = type.Namespaced ? "Namespaced" : "Cluster",
                ["versions"] = new JsonArray(version),
            },
            ["status"] = new JsonObject
            {
                ["acceptedNames"] = names.DeepClone(),
                ["conditions"] = new JsonArray(
                    Condition("NamesAccepted", "NoConflicts", "no conflicts found", at),
                    Condition("Established", "InitialNamesAccepted", "the initial names have been accepted", at)),
                ["storedVersions"] = new JsonArray(type.Version),
            },
        };
    }

    private static JsonObject Condition(string type, string reason, string message, string at) => new()
    {
        ["lastTransitionTime"] = at,
        ["message"] = message,
        ["reason"] = reason,
        ["status"] = "True",
        ["type"] = type,
    };
}
