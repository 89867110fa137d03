using System.Collections.Generic;
using Kmesh.Model.Json;
using Kmesh.Model.Rules;

namespace Kmesh.Model.Sources;

/// <summary>One page of a Kubernetes pod list (<c>GET …/pods?limit=N</c>) read for the nodes its pods run on only:
/// a picker of thousands of nodes keeps their names, not thousands of pods. <see cref="KernelNative"/> are the nodes
/// whose pod runs Kmesh in kernel-native mode (its containers' command and args, read as
/// <see cref="DataplaneModeRules.FromPod"/> reads them). <see cref="Continue"/> is the token of the next page ("" on the
/// last).</summary>
public sealed record PodListPage(IReadOnlyList<string> Nodes, string Continue, IReadOnlyList<string> KernelNative);

public static class PodListPageReader
{
    public static Parsed<PodListPage> Read(string? text) => JsonSource.Read(text, ReadRoot);

    private static PodListPage ReadRoot(ShapeReader reader, JsonValue root)
    {
        JsonPath path = JsonPath.Root;
        reader.RequireObject(root, path);
        JsonValue? metadata = reader.Object(root, "metadata", path);
        string next = metadata is null ? "" : reader.String(metadata, "continue", path.Field("metadata"));
        var kernelNative = new List<string>();
        IReadOnlyList<string> nodes = reader.Objects(root, "items", path, (item, itemPath) =>
        {
            JsonValue? spec = reader.Object(item, "spec", itemPath);
            string node = spec is null ? "" : reader.String(spec, "nodeName", itemPath.Field("spec"));
            if (node.Length > 0 && DataplaneModeRules.FromArgs(Args(spec!)).IsKernelNative) kernelNative.Add(node);
            return node;
        });
        var scheduled = new List<string>();
        foreach (string node in nodes)
        {
            if (node.Length > 0) scheduled.Add(node);
        }
        return new PodListPage(scheduled, next, kernelNative);
    }

    /// <summary>The containers' command and args joined with spaces; a member of the wrong JSON type adds nothing.</summary>
    private static string Args(JsonValue spec)
    {
        var parts = new List<string>();
        JsonValue? containers = Exact(spec, "containers");
        if (containers is null || containers.Kind != JsonKind.Array) return "";
        foreach (JsonValue container in containers.Items)
        {
            if (container.Kind != JsonKind.Object) continue;
            AddTexts(parts, Exact(container, "command"));
            AddTexts(parts, Exact(container, "args"));
        }
        return string.Join(" ", parts);
    }

    /// <summary>The member of exactly this name (the pod's typed fields are read the same way), or null.</summary>
    private static JsonValue? Exact(JsonValue obj, string name) => obj.Has(name) ? obj.Field(name) : null;

    private static void AddTexts(List<string> parts, JsonValue? list)
    {
        if (list is null || list.Kind != JsonKind.Array) return;
        foreach (JsonValue part in list.Items)
        {
            if (part.Kind == JsonKind.String) parts.Add(part.String);
        }
    }
}
