using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kmesh.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The key layout of a JSON document: for every object path (array items collapsed to <c>[]</c>) the key sequences seen.
/// Two layouts conform when every key of the candidate occurs at that path in the reference and no pair of keys
/// appears in the opposite order there.
/// </summary>
public sealed class JsonShape
{
    private readonly Dictionary<string, List<IReadOnlyList<string>>> objects = new();

    private JsonShape()
    {
    }

    public static JsonShape Of(JsonNode? node, IReadOnlySet<string>? freeFormPaths = null)
    {
        var shape = new JsonShape();
        shape.Walk(node, "$", freeFormPaths ?? new HashSet<string>());
        return shape;
    }

    /// <summary>Differences between this (generated) layout and the reference, as readable lines; empty when it conforms.</summary>
    public IReadOnlyList<string> ViolationsAgainst(JsonShape reference)
    {
        var problems = new List<string>();
        foreach (var (path, sequences) in objects)
        {
            if (!reference.objects.TryGetValue(path, out var expected))
            {
                problems.Add($"{path}: object not present in the reference");
                continue;
            }
            var known = expected.SelectMany(k => k).ToHashSet();
            foreach (var keys in sequences)
            {
                foreach (var key in keys.Where(k => !known.Contains(k)))
                {
                    problems.Add($"{path}.{key}: key not in the reference");
                }
                for (var i = 0; i < keys.Count; i++)
                {
                    for (var j = i + 1; j < keys.Count; j++)
                    {
                        if (expected.Any(e => e.Contains(keys[i]) && e.Contains(keys[j]) && IndexOf(e, keys[j]) < IndexOf(e, keys[i])))
                        {
                            problems.Add($"{path}: '{keys[i]}' comes before '{keys[j]}', the reference has the opposite order");
                        }
                    }
                }
            }
        }
        return problems.Distinct().ToList();
    }

    private static int IndexOf(IReadOnlyList<string> keys, string key) => keys.ToList().IndexOf(key);

    private void Walk(JsonNode? node, string path, IReadOnlySet<string> freeForm)
    {
        switch (node)
        {
            case JsonObject when freeForm.Contains(path):
                return;
            case JsonObject obj:
                if (!objects.TryGetValue(path, out var list))
                {
                    objects[path] = list = new List<IReadOnlyList<string>>();
                }
                var keys = obj.Select(kv => kv.Key).ToList();
                if (!list.Any(k => k.SequenceEqual(keys)))
                {
                    list.Add(keys);
                }
                foreach (var (key, value) in obj)
                {
                    Walk(value, $"{path}.{key}", freeForm);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, path + "[]", freeForm);
                }
                break;
        }
    }
}
