using System.Collections.Generic;

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
        => Page(new MapSearch(table).Match(search, column), table.Rows.Count, page);

    /// <summary>Page <paramref name="page"/> (0-based, clamped) of the matching rows.</summary>
    public static MapPage Page(IReadOnlyList<MapRow> matching, int total, int page)
    {
        int pageCount = matching.Count == 0 ? 1 : (matching.Count + PageSize - 1) / PageSize;
        int current = page < 0 ? 0 : page >= pageCount ? pageCount - 1 : page;
        var rows = new List<MapRow>();
        int end = System.Math.Min(matching.Count, (current + 1) * PageSize);
        for (int i = current * PageSize; i < end; i++) rows.Add(matching[i]);
        return new MapPage(rows, matching.Count, total, current, pageCount);
    }
}

/// <summary>Case-insensitive search over one table, kept for as long as the table is: the cells are lower-cased once,
/// at the first search, and a search that extends the previous one (the user typed another character) looks only at
/// the previous matches.</summary>
public sealed class MapSearch
{
    private readonly MapTable table;
    private List<string[]>? lowered;
    private string lastNeedle = "";
    private int lastColumn = -1;
    private List<int> lastIndices = new List<int>();

    public MapSearch(MapTable table) => this.table = table;

    /// <summary>Rows whose cell in <paramref name="column"/> (or any cell when it is -1) contains
    /// <paramref name="search"/>, case-insensitively, in table order; all rows for an empty search.</summary>
    public IReadOnlyList<MapRow> Match(string search, int column)
    {
        string needle = search.Trim().ToLowerInvariant();
        if (needle.Length == 0) return table.Rows;
        List<string[]> cells = Lowered();
        var indices = new List<int>();
        var matches = new List<MapRow>();
        if (column == lastColumn && lastNeedle.Length > 0 && needle.Contains(lastNeedle))
        {
            foreach (int i in lastIndices)
            {
                if (Matches(cells[i], needle, column)) Keep(indices, matches, i);
            }
        }
        else
        {
            for (int i = 0; i < cells.Count; i++)
            {
                if (Matches(cells[i], needle, column)) Keep(indices, matches, i);
            }
        }
        lastNeedle = needle;
        lastColumn = column;
        lastIndices = indices;
        return matches;
    }

    private void Keep(List<int> indices, List<MapRow> matches, int index)
    {
        indices.Add(index);
        matches.Add(table.Rows[index]);
    }

    private List<string[]> Lowered()
    {
        if (lowered is not null) return lowered;
        lowered = new List<string[]>();
        foreach (MapRow row in table.Rows)
        {
            var cells = new string[row.Cells.Count];
            for (int i = 0; i < cells.Length; i++) cells[i] = row.Cells[i].ToLowerInvariant();
            lowered.Add(cells);
        }
        return lowered;
    }

    private static bool Matches(string[] cells, string needle, int column)
    {
        if (column >= 0 && column < cells.Length) return cells[column].Contains(needle);
        foreach (string cell in cells)
        {
            if (cell.Contains(needle)) return true;
        }
        return false;
    }
}
