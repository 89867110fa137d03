using System;
using System.Collections.Generic;

namespace Kmesh.Model.Mesh;

/// <summary>One page of rows after search and sort.</summary>
public sealed record RowPage<T>(IReadOnlyList<T> Rows, int Matching, int Total, int Page, int PageCount);

/// <summary>Client-side search, sort and paging for the mesh tables: only one page is ever rendered, so 20,000
/// rows stay responsive. Each step is separate so a view can memoise the sorted list and re-filter per keystroke.</summary>
public static class RowQuery
{
    public const int PageSize = 50;

    /// <summary>Rows sorted by <paramref name="key"/> (ordinal, stable), reversed when descending; ties keep the dump's order.</summary>
    public static List<T> Sort<T>(IReadOnlyList<T> rows, Func<T, string> key, bool descending)
    {
        var keyed = new List<(string Key, int Index)>(rows.Count);
        for (int i = 0; i < rows.Count; i++) keyed.Add((key(rows[i]), i));
        keyed.Sort((a, b) =>
        {
            int byKey = string.CompareOrdinal(a.Key, b.Key);
            if (descending) byKey = -byKey;
            return byKey != 0 ? byKey : a.Index - b.Index;
        });
        var sorted = new List<T>(rows.Count);
        foreach ((string Key, int Index) item in keyed) sorted.Add(rows[item.Index]);
        return sorted;
    }

    /// <summary>Rows whose lower-cased <paramref name="searchText"/> contains every space-separated term of
    /// <paramref name="search"/> (case-insensitive); all rows when the search is blank.</summary>
    public static List<T> Filter<T>(IReadOnlyList<T> rows, Func<T, string> searchText, string search)
    {
        List<string> terms = Terms(search);
        var result = new List<T>();
        foreach (T row in rows)
        {
            if (terms.Count == 0 || MatchesAll(searchText(row), terms)) result.Add(row);
        }
        return result;
    }

    /// <summary>The lower-cased, space-separated terms of a search (none when it is blank).</summary>
    public static List<string> Terms(string search)
    {
        var terms = new List<string>();
        foreach (string term in search.Trim().ToLowerInvariant().Split(' ')) if (term.Length > 0) terms.Add(term);
        return terms;
    }

    /// <summary>Whether lower-cased <paramref name="text"/> contains every one of <paramref name="terms"/>.</summary>
    public static bool MatchesAll(string text, List<string> terms)
    {
        foreach (string term in terms)
        {
            if (!text.Contains(term)) return false;
        }
        return true;
    }

    /// <summary>Page <paramref name="page"/> (0-based, clamped) of <paramref name="matching"/>, <see cref="PageSize"/> rows a page.</summary>
    public static RowPage<T> Page<T>(IReadOnlyList<T> matching, int total, int page) => Page(matching, total, page, PageSize);

    /// <summary>Page <paramref name="page"/> (0-based, clamped) of <paramref name="matching"/>, <paramref name="size"/> rows a page.</summary>
    public static RowPage<T> Page<T>(IReadOnlyList<T> matching, int total, int page, int size)
    {
        if (size < 1) size = PageSize;
        int pageCount = matching.Count == 0 ? 1 : (matching.Count + size - 1) / size;
        int current = page < 0 ? 0 : page >= pageCount ? pageCount - 1 : page;
        var rows = new List<T>();
        int end = Math.Min(matching.Count, (current + 1) * size);
        for (int i = current * size; i < end; i++) rows.Add(matching[i]);
        return new RowPage<T>(rows, matching.Count, total, current, pageCount);
    }

    /// <summary>A count as a sort key that orders numerically.</summary>
    public static string CountKey(int count) => count.ToString("D9");
}
