using System;
using System.Collections.Generic;
using System.Linq;

namespace Kmesh.Preview.KubeApi;

/// <summary>All objects of one resource type, ordered by storage key, with a name index for gets.</summary>
public sealed class ResourceCollection
{
    private readonly Dictionary<string, StoredObject> byKey;

    public ResourceCollection(ResourceType type, IEnumerable<StoredObject> objects)
    {
        Type = type;
        Items = objects.OrderBy(o => o.SortKey, StringComparer.Ordinal).ToArray();
        byKey = Items.ToDictionary(o => o.SortKey, StringComparer.Ordinal);
    }

    public ResourceType Type { get; }
    public IReadOnlyList<StoredObject> Items { get; }

    public StoredObject? Get(string? ns, string name) =>
        byKey.GetValueOrDefault(Type.Namespaced ? $"{ns}/{name}" : name);

    /// <summary>Index of the first item whose key sorts after <paramref name="key"/> (binary search: paging must stay fast at 20,000 pods).</summary>
    public int IndexAfter(string key)
    {
        int low = 0, high = Items.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (string.CompareOrdinal(Items[mid].SortKey, key) <= 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }

    /// <summary>Index of the first item of a namespace (items are sorted namespace-first).</summary>
    public int IndexOfNamespace(string ns) => FirstAtOrAfter(ns + "/");

    private int FirstAtOrAfter(string key)
    {
        int low = 0, high = Items.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (string.CompareOrdinal(Items[mid].SortKey, key) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }
}
