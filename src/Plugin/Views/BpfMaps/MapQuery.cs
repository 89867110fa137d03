using System.Collections.Generic;
using System.Linq;

namespace Kmesh.Plugin.Views.BpfMaps;

/// <summary>One page of a table after client-side search: tens of thousands of entries stay responsive because
/// only <see cref="PageSize"/> rows are ever rendered.</summary>
public sealed record MapPage(IReadOnlyList<MapRow> Rows, int Matching, int Total, int Page, int PageCount);

public static class MapQuery
{
    public const int PageSize = 50;

    /// <summary>Rows whose cell in <paramref name="column"/> (or any cell when it is -1) contains
    /// <paramref name="search"/>, case-insensitively; then page <paramref name="page"/> (0-based, clamped).</summary>
    public static MapPage Apply(MapTable table, string search, int column, int page)
    {
        string needle = search.Trim().ToLowerInvariant();
        List<MapRow> matching = needle.Length == 0
            ? table.Rows.ToList()
            : table.Rows.Where(r => Matches(r, needle, column)).ToList();
        int pageCount = matching.Count == 0 ? 1 : (matching.Count + PageSize - 1) / PageSize;
        int current = page < 0 ? 0 : page >= pageCount ? pageCount - 1 : page;
        List<MapRow> rows = matching.Skip(current * PageSize).Take(PageSize).ToList();
        return new MapPage(rows, matching.Count, table.Rows.Count, current, pageCount);
    }

    private static bool Matches(MapRow row, string needle, int column)
    {
        if (column >= 0 && column < row.Cells.Count) return row.Cells[column].ToLowerInvariant().Contains(needle);
        return row.Cells.Any(c => c.ToLowerInvariant().Contains(needle));
    }
}
