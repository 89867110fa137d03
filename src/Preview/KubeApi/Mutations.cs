using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kmesh.Preview.KubeObjects;
using Microsoft.AspNetCore.Http;

namespace Kmesh.Preview.KubeApi;

/// <summary>
/// The writes the plugin makes: create and delete Gateways (istiod's part is simulated: a created waypoint becomes
/// Accepted, then Programmed with an address), and JSON merge patches of namespaces, services and gateways (labels
/// such as istio.io/use-waypoint). Every change gets a new resourceVersion and flows to open watches.
/// </summary>
public static class Mutations
{
    public static readonly TimeSpan ProgrammingDelay = TimeSpan.FromMilliseconds(1500);

    public static bool CanCreate(ResourceType type) => type == ResourceTypes.Gateways;

    public static bool CanDelete(ResourceType type) => type == ResourceTypes.Gateways;

    public static bool CanPatch(ResourceType type) =>
        type == ResourceTypes.Gateways || type == ResourceTypes.Namespaces || type == ResourceTypes.Services;

    public static async Task CreateAsync(HttpContext context, SimulatedCluster cluster, ResourceType type, string? ns)
    {
        var body = await ReadAsync(context);
        if (body is not JsonObject created || ns is null)
        {
            await JsonResponses.WriteStatusAsync(context, StatusResponses.BadRequest("the body of the request was in an unknown format"));
            return;
        }
        var metadata = created["metadata"] as JsonObject ?? new JsonObject();
        var name = metadata["name"]?.GetValue<string>() ?? "";
        if (created["kind"]?.GetValue<string>() != type.Kind || name.Length == 0)
        {
            await JsonResponses.WriteStatusAsync(context, StatusResponses.BadRequest($"{type.Kind} in version \"{type.Version}\" needs kind {type.Kind} and metadata.name"));
            return;
        }
        var collection = cluster.Store.Collection(type);
        if (collection.Get(ns, name) is not null)
        {
            await JsonResponses.WriteStatusAsync(context, StatusResponses.Failure(409, "AlreadyExists",
                $"{type.QualifiedName} \"{name}\" already exists", new JsonObject { ["name"] = name, ["group"] = type.Group, ["kind"] = type.Plural }));
            return;
        }
        var rv = cluster.Store.NextResourceVersion();
        metadata["namespace"] = ns;
        metadata["uid"] = PodObjects.Guidish($"{type.Plural}/{ns}/{name}/{rv}");
        metadata["creationTimestamp"] = KubeTime.Format(Now());
        metadata["generation"] = 1;
        metadata["resourceVersion"] = Rv(rv);
        created["metadata"] = metadata;
        created.Remove("status");
        var stored = StoredObject.Custom(ns, name, rv, Labels(created), WireJson.Bytes(created));
        collection.Put(stored);
        cluster.Store.Changes.Publish(new WatchChange(type, "ADDED", stored));
        await JsonResponses.WriteBytesAsync(context, stored.ObjectJson, 201);
        if (created["spec"]?["gatewayClassName"]?.GetValue<string>() == "istio-waypoint")
        {
            _ = ProgramLaterAsync(cluster, type, ns, name);
        }
    }

    public static async Task DeleteAsync(HttpContext context, SimulatedCluster cluster, ResourceType type, string? ns, string name)
    {
        var removed = cluster.Store.Collection(type).Remove(ns, name);
        if (removed is null)
        {
            await JsonResponses.WriteStatusAsync(context, StatusResponses.NotFound(type, name));
            return;
        }
        var json = JsonNode.Parse(removed.ObjectJson)!.AsObject();
        var rv = cluster.Store.NextResourceVersion();
        json["metadata"]!["resourceVersion"] = Rv(rv);
        var final = StoredObject.Custom(ns, name, rv, removed.Labels, WireJson.Bytes(json));
        cluster.Store.Changes.Publish(new WatchChange(type, "DELETED", final));
        await JsonResponses.WriteBytesAsync(context, final.ObjectJson);
    }

    public static async Task PatchAsync(HttpContext context, SimulatedCluster cluster, ResourceType type, StoredObject current)
    {
        var contentType = context.Request.ContentType ?? "";
        if (!contentType.StartsWith("application/merge-patch+json", StringComparison.Ordinal)
            && !contentType.StartsWith("application/strategic-merge-patch+json", StringComparison.Ordinal))
        {
            await JsonResponses.WriteStatusAsync(context, StatusResponses.Failure(415, "UnsupportedMediaType",
                $"the body of the request was in an unknown format - accepted media types include: application/merge-patch+json, application/strategic-merge-patch+json"));
            return;
        }
        if (await ReadAsync(context) is not JsonObject patch)
        {
            await JsonResponses.WriteStatusAsync(context, StatusResponses.BadRequest("the body of the request was in an unknown format"));
            return;
        }
        var merged = JsonNode.Parse(current.ObjectJson)!.AsObject();
        Merge(merged, patch);
        var rv = cluster.Store.NextResourceVersion();
        var metadata = merged["metadata"]!.AsObject();
        metadata["name"] = current.Name;
        if (current.Namespace is not null)
        {
            metadata["namespace"] = current.Namespace;
        }
        metadata["resourceVersion"] = Rv(rv);
        var updated = Store(cluster, type, current, merged, rv);
        cluster.Store.Changes.Publish(new WatchChange(type, "MODIFIED", updated));
        await JsonResponses.WriteBytesAsync(context, updated.ObjectJson);
    }

    /// <summary>RFC 7386: objects merge recursively, null removes, anything else replaces.</summary>
    public static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToList())
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject patchObject && target[key] is JsonObject targetObject)
            {
                Merge(targetObject, patchObject);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }
    }

    private static StoredObject Store(SimulatedCluster cluster, ResourceType type, StoredObject current, JsonObject merged, long rv)
    {
        StoredObject updated;
        if (type.IsCustomResource)
        {
            updated = StoredObject.Custom(current.Namespace, current.Name, rv, Labels(merged), WireJson.Bytes(merged));
        }
        else
        {
            // Built-in kinds are stored as list items (without kind/apiVersion); the object adds them back.
            var item = merged.DeepClone().AsObject();
            item.Remove("kind");
            item.Remove("apiVersion");
            updated = current.With(rv, Labels(merged), WireJson.Bytes(item));
        }
        cluster.Store.Collection(type).Put(updated);
        return updated;
    }

    /// <summary>What istiod does for a new waypoint: Accepted, then Programmed with a service address.</summary>
    private static async Task ProgramLaterAsync(SimulatedCluster cluster, ResourceType type, string ns, string name)
    {
        await Task.Delay(ProgrammingDelay);
        var current = cluster.Store.Collection(type).Get(ns, name);
        if (current is null)
        {
            return;
        }
        var json = JsonNode.Parse(current.ObjectJson)!.AsObject();
        var now = KubeTime.Format(Now());
        var host = $"{name}.{ns}.svc.cluster.local";
        var address = $"10.96.{200 + (Math.Abs(StableHash(ns + "/" + name)) % 50)}.{10 + (Math.Abs(StableHash(name)) % 240)}";
        JsonObject Condition(string kind, string reason, string message) => new()
        {
            ["lastTransitionTime"] = now, ["message"] = message, ["observedGeneration"] = 1, ["reason"] = reason, ["status"] = "True", ["type"] = kind,
        };
        json["status"] = new JsonObject
        {
            ["addresses"] = new JsonArray { new JsonObject { ["type"] = "IPAddress", ["value"] = address } },
            ["conditions"] = new JsonArray
            {
                Condition("Accepted", "Accepted", "Resource accepted"),
                Condition("Programmed", "Programmed", $"Resource programmed, assigned to service(s) {host}:15008"),
            },
        };
        var rv = cluster.Store.NextResourceVersion();
        json["metadata"]!["resourceVersion"] = Rv(rv);
        var updated = StoredObject.Custom(ns, name, rv, current.Labels, WireJson.Bytes(json));
        cluster.Store.Collection(type).Put(updated);
        cluster.Store.Changes.Publish(new WatchChange(type, "MODIFIED", updated));
    }

    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c));

    private static DateTime Now() => DateTime.UtcNow;

    private static string Rv(long rv) => rv.ToString(CultureInfo.InvariantCulture);

    private static IReadOnlyDictionary<string, string> Labels(JsonObject json) =>
        (json["metadata"]?["labels"] as JsonObject)?.Where(kv => kv.Value is JsonValue)
            .ToDictionary(kv => kv.Key, kv => kv.Value!.ToString()) ?? new Dictionary<string, string>();

    private static async Task<JsonNode?> ReadAsync(HttpContext context)
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
