using System.Collections.Generic;

namespace Kmesh.Preview.KubeApi;

/// <summary>One page of a list: the matching items, and where the next page starts.</summary>
public sealed record ListPage(IReadOnlyList<StoredObject> Items, string? Continue, long? RemainingItemCount);

public static class ListSelection
{
    /// <summary>
    /// Walks the collection in key order from the continue point, keeping matching items until the limit —
    /// the same contract as the API server's storage layer (remainingItemCount only without selectors).
    /// </summary>
    public static ListPage Select(ResourceCollection collection, string? ns, ListQuery query, long listResourceVersion)
    {
        var items = collection.Items;
        var start = ns is null ? 0 : collection.IndexOfNamespace(ns);
        if (query.StartAfter is not null)
        {
            var after = collection.IndexAfter(query.StartAfter);
            start = after > start ? after : start;
        }
        var prefix = ns is null ? null : ns + "/";
        var page = new List<StoredObject>();
        var index = start;
        for (; index < items.Count; index++)
        {
            var item = items[index];
            if (prefix is not null && !item.SortKey.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                index = items.Count;
                break;
            }
            if (!query.Labels.Matches(item.Labels) || !query.Fields.Matches(item))
            {
                continue;
            }
            if (query.Limit > 0 && page.Count == query.Limit)
            {
                break;
            }
            page.Add(item);
        }
        if (index >= items.Count || query.Limit == 0)
        {
            return new ListPage(page, null, null);
        }
        long? remaining = null;
        if (!query.HasSelectors)
        {
            var end = items.Count;
            if (prefix is not null)
            {
                end = index;
                while (end < items.Count && items[end].SortKey.StartsWith(prefix, System.StringComparison.Ordinal))
                {
                    end++;
                }
            }
            remaining = end - index;
        }
        return new ListPage(page, ContinueToken.Encode(listResourceVersion, page[^1].SortKey), remaining);
    }
}
