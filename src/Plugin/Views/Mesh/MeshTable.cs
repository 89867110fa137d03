using System;
using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Mesh;
using S = Kmesh.Plugin.Views.Mesh.MeshStrings;

namespace Kmesh.Plugin.Views.Mesh;

/// <summary>A column of a mesh table: its cell and, when sortable, the text it sorts by.</summary>
public sealed record MeshColumn<T>(string Label, Func<T, object?> Cell, Func<T, string>? SortKey);

/// <summary>Search, sort and page state of one mesh table (a hook: the view owns it).</summary>
public sealed class MeshTableState
{
    public MeshTableState(string search, Action<string> setSearch, int sortColumn, Action<int> setSortColumn, bool descending,
        Action<bool> setDescending, int page, Action<int> setPage)
    {
        Search = search;
        SetSearch = setSearch;
        SortColumn = sortColumn;
        SetSortColumn = setSortColumn;
        Descending = descending;
        SetDescending = setDescending;
        Page = page;
        SetPage = setPage;
    }

    public string Search { get; }
    public Action<string> SetSearch { get; }
    public int SortColumn { get; }
    public Action<int> SetSortColumn { get; }
    public bool Descending { get; }
    public Action<bool> SetDescending { get; }
    public int Page { get; }
    public Action<int> SetPage { get; }

    public static MeshTableState Use(string initialSearch)
    {
        var (search, setSearch) = React.UseState<string>(initialSearch);
        var (sortColumn, setSortColumn) = React.UseState<int>(0);
        var (descending, setDescending) = React.UseState<bool>(false);
        var (page, setPage) = React.UseState<int>(0);
        return new MeshTableState(search, setSearch, sortColumn, setSortColumn, descending, setDescending, page, setPage);
    }
}

/// <summary>Sorting and filtering memoised apart (sorting 20,000 rows once per sort choice, filtering per keystroke),
/// and a table that renders only the current page.</summary>
public static class MeshTable
{
    /// <summary>The rows sorted by the chosen column and filtered by the search. Hooks: call unconditionally.</summary>
    public static List<T> UseRows<T>(IReadOnlyList<T>? rows, IReadOnlyList<MeshColumn<T>> columns, MeshTableState state, Func<T, string> searchText)
    {
        int column = state.SortColumn < columns.Count ? state.SortColumn : 0;
        List<T> sorted = React.UseMemo(() =>
        {
            if (rows is null) return new List<T>();
            Func<T, string>? key = columns[column].SortKey;
            return key is null ? new List<T>(rows) : RowQuery.Sort(rows, key, state.Descending);
        }, new object?[] { rows, column, state.Descending });
        return React.UseMemo(() => RowQuery.Filter(sorted, searchText, state.Search), new object?[] { sorted, state.Search });
    }

    public static ReactElement Render<T>(IReadOnlyList<MeshColumn<T>> columns, List<T> matching, int total, MeshTableState state,
        Action<string> writeSearch, string emptyMessage)
    {
        // Headlamp's SimpleTable shows the user's rows-per-page preference when one is stored: page by that size.
        int stored = WebText.TablesRowsPerPage();
        int size = stored > 0 ? stored : RowQuery.PageSize;
        RowPage<T> page = RowQuery.Page(matching, total, state.Page, size);
        var tableColumns = new List<TableColumn<T>>();
        foreach (MeshColumn<T> column in columns) tableColumns.Add(new TableColumn<T> { Label = column.Label, Getter = column.Cell });
        var sortChoices = new List<object?>();
        for (int i = 0; i < columns.Count; i++)
        {
            if (columns[i].SortKey is not null) sortChoices.Add(Mui.MenuItem(new MenuItemProps { Value = i.ToString(), Key = i.ToString() }, columns[i].Label));
        }
        return Mui.Box(new BoxProps { Mt = 1 },
            Mui.Box(new BoxProps { Display = "flex", Gap = 2, AlignItems = "center", Mb = 1, FlexWrap = "wrap" },
                Mui.TextField(new TextFieldProps
                {
                    Label = S.Search,
                    Value = state.Search,
                    Size = "small",
                    OnChange = e =>
                    {
                        state.SetSearch(e.Target.Value);
                        state.SetPage(0);
                        writeSearch(e.Target.Value);
                    },
                }),
                Mui.TextField(new TextFieldProps
                {
                    Select = true,
                    Label = S.SortBy,
                    Value = state.SortColumn.ToString(),
                    Size = "small",
                    OnChange = e => { state.SetSortColumn(int.Parse(e.Target.Value)); state.SetPage(0); },
                }, sortChoices.ToArray()),
                Mui.Button(new ButtonProps { Size = "small", OnClick = () => { state.SetDescending(!state.Descending); state.SetPage(0); } },
                    state.Descending ? S.Descending : S.Ascending),
                Mui.Typography(new TypographyProps { Variant = "body2", Color = "text.secondary" }, S.Matching(page.Matching, page.Total))),
            CommonComponents.SimpleTable(new SimpleTableProps<T>
            {
                Columns = tableColumns,
                Data = new List<T>(page.Rows),
                EmptyMessage = total == 0 ? emptyMessage : S.NoMatches,
                ShowPagination = false,
                RowsPerPage = new[] { size },
            }),
            page.PageCount <= 1 ? null : Mui.Pagination(new PaginationProps
            {
                Count = page.PageCount,
                Page = page.Page + 1,
                Size = "small",
                OnChange = (e, p) => state.SetPage(p - 1),
            }));
    }
}
