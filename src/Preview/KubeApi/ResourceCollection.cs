using System;
using System.Collections.Generic;
using System.Linq;

namespace Kmesh.Preview.KubeApi;

/// <summary>All objects of one resource type, ordered by storage key, with a name index for gets. Writes (the
/// preview's creates, patches and deletes) replace both snapshots at once, so readers never see a half-made change.</summary>
public sealed class ResourceCollection
{
    private readonly object writeGate = new();
    private (StoredObject[] Items, Dictionary<string, StoredObject> ByKey) snapshot;

    public ResourceCollection(ResourceType type, IEnumerable<StoredObject> objects)
    {
        Type = type;
        var items = objects.OrderBy(o => o.SortKey, StringComparer.Ordinal).ToArray();
        snapshot = (items, items.ToDictionary(o => o.SortKey, StringComparer.Ordinal));
    }

    public ResourceType Type { get; }
    public IReadOnlyList<StoredObject> Items => snapshot.Items;

    private Dictionary<string, StoredObject> byKey => snapshot.ByKey;

    /// <summary>Adds or replaces the object with <paramref name="item"/>'s key.</summary>
    public void Put(StoredObject item)
    {
        lock (writeGate)
        {
            var items = snapshot.Items.Where(o => o.SortKey != item.SortKey).Append(item).OrderBy(o => o.SortKey, StringComparer.Ordinal).ToArray();
            snapshot = (items, items.ToDictionary(o => o.SortKey, StringComparer.Ordinal));
        }
    }

    /// <summary>Removes the object with this key; the removed object, or null.</summary>
    public StoredObject? Remove(string? ns, string name)
    {
        lock (writeGate)
        {
            var removed = Get(ns, name);
            if (removed is null)
            {
                return null;
            }
            var items = snapshot.Items.Where(o => o.SortKey != removed.SortKey).ToArray();
            snapshot = (items, items.ToDictionary(o => o.SortKey, StringComparer.Ordinal));
            return removed;
        }
    }

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
