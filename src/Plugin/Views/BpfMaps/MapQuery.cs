using System.Collections.Generic;

namespace Kmesh.Plugin.Views.BpfMaps;

/// <summary>One page of a table after client-side search: tens of thousands of entries stay responsive because
/// only a page of rows is ever rendered.</summary>
public sealed record MapPage(IReadOnlyList<MapRow> Rows, int Matching, int Total, int Page, int PageCount);

public static class MapQuery
{
    /// <summary>Rows a page unless the user chose another number for Headlamp's tables (Headlamp's first choice).</summary>
    public const int PageSize = 15;

    /// <summary>Rows whose cell in <paramref name="column"/> (or any cell when it is -1) contains
    /// <paramref name="search"/>, case-insensitively; then page <paramref name="page"/> (0-based, clamped).</summary>
    public static MapPage Apply(MapTable table, string search, int column, int page)
        => Page(table, new MapSearch(table).Match(search, column), page, PageSize);

    /// <summary>Page <paramref name="page"/> (0-based, clamped) of the matching rows (null: every row),
    /// <paramref name="size"/> rows a page.</summary>
    public static MapPage Page(MapTable table, IReadOnlyList<int>? matching, int page, int size)
    {
        int count = matching is null ? table.Count : matching.Count;
        int pageCount = count == 0 ? 1 : (count + size - 1) / size;
        int current = page < 0 ? 0 : page >= pageCount ? pageCount - 1 : page;
        var rows = new List<MapRow>();
        int end = System.Math.Min(count, (current + 1) * size);
        for (int i = current * size; i < end; i++) rows.Add(table.Row(matching is null ? i : matching[i]));
        return new MapPage(rows, count, table.Count, current, pageCount);
    }
}

/// <summary>Case-insensitive search over one table, kept for as long as the table is: the cells are lower-cased once,
/// at the first search, and a search that extends the previous one (the user typed another character) looks only at
/// the previous matches.</summary>
public sealed class MapSearch
{
    private readonly MapTable table;
    private string[][]? lowered;
    private string lastNeedle = "";
    private int lastColumn = -1;
    private List<int> lastIndices = new List<int>();

    public MapSearch(MapTable table) => this.table = table;

    /// <summary>Indices of the rows whose cell in <paramref name="column"/> (or any cell when it is -1) contains
    /// <paramref name="search"/>, case-insensitively, in table order; null (every row) for an empty search.</summary>
    public IReadOnlyList<int>? Match(string search, int column)
    {
        string needle = search.Trim().ToLowerInvariant();
        if (needle.Length == 0) return null;
        string[][] cells = Lowered();
        var indices = new List<int>();
        if (column == lastColumn && lastNeedle.Length > 0 && needle.Contains(lastNeedle))
        {
            foreach (int i in lastIndices)
            {
                if (Matches(cells, i, needle, column)) indices.Add(i);
            }
        }
        else
        {
            for (int i = 0; i < table.Count; i++)
            {
                if (Matches(cells, i, needle, column)) indices.Add(i);
            }
        }
        lastNeedle = needle;
        lastColumn = column;
        lastIndices = indices;
        return indices;
    }

    private string[][] Lowered()
    {
        if (lowered is not null) return lowered;
        lowered = new string[table.Columns.Count][];
        for (int c = 0; c < lowered.Length; c++)
        {
            var column = new string[table.Count];
            for (int r = 0; r < column.Length; r++) column[r] = table.Cell(r, c).ToLowerInvariant();
            lowered[c] = column;
        }
        return lowered;
    }

    private static bool Matches(string[][] cells, int row, string needle, int column)
    {
        if (column >= 0 && column < cells.Length) return cells[column][row].Contains(needle);
        foreach (string[] cellsOfColumn in cells)
        {
            if (cellsOfColumn[row].Contains(needle)) return true;
        }
        return false;
    }
}
