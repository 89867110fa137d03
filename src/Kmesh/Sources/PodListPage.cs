using System.Collections.Generic;
using Kmesh.Model.Json;

namespace Kmesh.Model.Sources;

/// <summary>One page of a Kubernetes pod list (<c>GET …/pods?limit=N</c>) read for the nodes its pods run on only:
/// a picker of thousands of nodes keeps their names, not thousands of pods. <see cref="Continue"/> is the token of the
/// next page ("" on the last).</summary>
public sealed record PodListPage(IReadOnlyList<string> Nodes, string Continue);

public static class PodListPageReader
{
    public static Parsed<PodListPage> Read(string? text) => JsonSource.Read(text, ReadRoot);

    private static PodListPage ReadRoot(ShapeReader reader, JsonValue root)
    {
        JsonPath path = JsonPath.Root;
        reader.RequireObject(root, path);
        JsonValue? metadata = reader.Object(root, "metadata", path);
        string next = metadata is null ? "" : reader.String(metadata, "continue", path.Field("metadata"));
        List<string> nodes = reader.Objects(root, "items", path, (item, itemPath) =>
        {
            JsonValue? spec = reader.Object(item, "spec", itemPath);
            return spec is null ? "" : reader.String(spec, "nodeName", itemPath.Field("spec"));
        });
        var scheduled = new List<string>();
        foreach (string node in nodes)
        {
            if (node.Length > 0) scheduled.Add(node);
        }
        return new PodListPage(scheduled, next);
    }
}
