using System;
using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Mesh;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>A list column: its header, the text it sorts by (and that identifies what the cell shows), and how the
/// cell is drawn (the text itself when null). Not sortable when <c>Sortable</c> is false. With <c>Filter</c>, the
/// column gets a filter listing the values that text takes in the rows (Namespace, Node, Status…).</summary>
public sealed record ListColumn<T>(string Label, Func<T, string> SortText, Func<T, object?>? Cell, bool Sortable, Func<T, string>? Filter = null)
{
    /// <summary>The column's CSS grid track (Headlamp's <c>gridTemplate</c>, e.g. <c>min-content</c> or
    /// <c>minmax(160px, 1.5fr)</c>); every column is <c>1fr</c> without it, which squeezes wide lists.</summary>
    public string? Width { get; init; }
}

/// <summary>Every list of the plugin on Headlamp's own Table (search box, sortable headers, pages; only the visible
/// page is rendered). The search, page and page size live in the URL (<c>?filter=</c>, <c>p</c>, <c>perPage</c>) like
/// Headlamp's lists. The search matches every space-separated term against the row's search text.</summary>
public static class ListTable
{
    /// <summary>The URL query key of the search (Headlamp's Table reflects its search box there).</summary>
    public const string SearchKey = "filter";

    /// <summary>Headlamp's table for <paramref name="rows"/>, its columns and search memoised on the rows (a hook:
    /// call it on every render). A cell is redrawn only when its accessor text changes, so the accessor carries a
    /// stamp of the rows' and columns' version after the sort text: new rows, or new columns (another language),
    /// redraw the visible page; sorting is unchanged. Cells whose content changes on its own use <see cref="LiveCell"/>.</summary>
    public static ReactElement Use<T>(IReadOnlyList<ListColumn<T>> columns, IReadOnlyList<T> rows, Func<T, string> searchText,
        Func<T, string> rowId, string emptyMessage)
    {
        List<TableColumnDef<T>> defs = React.UseMemo(() => Columns(columns, rows, Stamp.Next()), new object?[] { rows, columns });
        TableFilterFns<T> filters = React.UseMemo(() => Filters(searchText), new object?[] { rows });
        // The table caches each row's accessor values until its data array changes, so new columns come with a new
        // array: the rows are rebuilt with the new stamp.
        List<T> data = React.UseMemo(() => new List<T>(rows), new object?[] { rows, columns });
        return HeadlampTable.Create(new TableProps<T>
        {
            Columns = defs,
            Data = data,
            EmptyMessage = emptyMessage,
            ReflectInURL = true,
            FilterFns = filters,
            GlobalFilterFn = "search",
            GetRowId = rowId,
            InitialState = InitialState,
        });
    }

    private static readonly TableInitialState InitialState = new TableInitialState
    {
        Sorting = new List<TableSort> { new TableSort { Id = "0", Desc = false } },
        ShowGlobalFilter = true,
    };

    public static List<TableColumnDef<T>> Columns<T>(IReadOnlyList<ListColumn<T>> columns, IReadOnlyList<T> rows, int stamp)
    {
        string suffix = "\u0000" + stamp;
        var defs = new List<TableColumnDef<T>>();
        for (int i = 0; i < columns.Count; i++)
        {
            ListColumn<T> column = columns[i];
            Func<T, object?> cell = column.Cell ?? (row => column.SortText(row));
            defs.Add(new TableColumnDef<T>
            {
                Id = i.ToString(),
                Header = column.Label,
                AccessorFn = row => column.SortText(row) + suffix,
                Cell = context => cell(context.Row.Original),
                SortingFn = Compare,
                EnableSorting = column.Sortable,
                // One column runs the row search; it reads the whole row's search text, not the column's.
                EnableGlobalFilter = i == 0,
                EnableColumnFilter = column.Filter is not null,
                FilterVariant = column.Filter is null ? null : "multi-select",
                FilterSelectOptions = column.Filter is null ? null : Values(rows, column.Filter),
                FilterFn = column.Filter is null ? null : Keeps(column.Filter),
                GridTemplate = column.Width,
            });
        }
        return defs;
    }

    /// <summary>The distinct non-empty values of a filter's text in the rows, in ordinal order.</summary>
    public static List<string> Values<T>(IReadOnlyList<T> rows, Func<T, string> filter)
    {
        var seen = new HashSet<string>();
        var values = new List<string>();
        foreach (T row in rows)
        {
            string value = filter(row);
            if (value.Length > 0 && seen.Add(value)) values.Add(value);
        }
        values.Sort(string.CompareOrdinal);
        return values;
    }

    /// <summary>A column filter: no choice keeps every row, otherwise the row's value must be one of the choices.</summary>
    public static Func<TableRow<T>, string, string[]?, bool> Keeps<T>(Func<T, string> filter) => (row, columnId, chosen) =>
    {
        if (chosen is null || chosen.Length == 0) return true;
        string value = filter(row.Original);
        foreach (string choice in chosen)
        {
            if (choice == value) return true;
        }
        return false;
    };

    /// <summary>The table's search: every term of the search in the row's lower-cased search text.</summary>
    public static TableFilterFns<T> Filters<T>(Func<T, string> searchText)
    {
        var last = new SearchTerms();
        return new TableFilterFns<T> { Search = (row, columnId, search) => RowQuery.MatchesAll(searchText(row.Original), last.Of(search ?? "")) };
    }

    /// <summary>Ordinal order of the accessor texts (the same for every browser locale).</summary>
    public static int Compare<T>(TableRow<T> a, TableRow<T> b, string columnId) => string.CompareOrdinal(a.GetValue(columnId), b.GetValue(columnId));

    /// <summary>The terms of the last search, split once per search rather than once per row.</summary>
    private sealed class SearchTerms
    {
        private string _search = "";
        private List<string> _terms = new List<string>();

        public List<string> Of(string search)
        {
            if (search != _search)
            {
                _search = search;
                _terms = RowQuery.Terms(search);
            }
            return _terms;
        }
    }

    private static class Stamp
    {
        private static int _last;

        public static int Next() => ++_last;
    }
}
