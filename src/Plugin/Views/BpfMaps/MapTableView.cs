using System;
using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Translations;
using S = Kmesh.Plugin.Views.BpfMaps.BpfMapsStrings;

namespace Kmesh.Plugin.Views.BpfMaps;

[ObjectLiteral]
public sealed class MapTableProps
{
    public MapTable? Table { get; set; }
    public string? Key { get; set; }
    /// <summary>The search text, owned by the page (it lives in the URL).</summary>
    public string? Search { get; set; }
    public Action<string>? OnSearch { get; set; }
}

/// <summary>One map as a table: search (all columns or one), client-side paging, names the row's values tie to,
/// and the raw JSON of a row, formatted only when it is opened.</summary>
public static class MapTableView
{
    /// <summary>The component, as one function value: React keys component instances on the function's identity.</summary>
    public static readonly Func<MapTableProps, ReactElement?> Component = Render;

    public static ReactElement? Render(MapTableProps props)
    {
        MapTable table = props.Table!;
        string search = props.Search ?? "";
        var (column, setColumn) = React.UseState<string>("-1");
        var (page, setPage) = React.UseState<int>(0);
        var (jsonRow, setJsonRow) = React.UseState<MapRow?>(null);
        // Everything derived from the table alone is built once per table; a keystroke only filters (narrowing the
        // previous matches when it can) and pages.
        MapSearch index = React.UseMemo(() => new MapSearch(table), new object?[] { table });
        IReadOnlyList<int>? matching = React.UseMemo(() => index.Match(search, int.Parse(column)), new object?[] { index, search, column });
        // Headlamp's SimpleTable shows as many rows as the user's rows-per-page choice, whatever it is given: a page
        // of that many rows is all of it shown.
        int chosenSize = WebText.TablesRowsPerPage();
        int size = chosenSize > 0 ? chosenSize : MapQuery.PageSize;
        MapPage shown = React.UseMemo(() => MapQuery.Page(table, matching, page, size), new object?[] { table, matching, page, size });
        int untied = React.UseMemo(() => table.Untied, new object?[] { table });
        List<TableColumn<MapRow>> columns = React.UseMemo(() => Columns(table, setJsonRow), new object?[] { table, Tr.Language });
        object?[] columnChoices = React.UseMemo(() => ColumnChoices(table), new object?[] { table, Tr.Language });

        return Mui.Box(new BoxProps { Mt = 1 },
            untied == 0 ? null : Ui.Secondary(S.Untied(untied)),
            Mui.Box(new BoxProps { Display = "flex", Gap = 2, AlignItems = "center", Mb = 1 },
                Mui.TextField(new TextFieldProps
                {
                    Label = S.Search,
                    Value = search,
                    Size = "small",
                    OnChange = e => { props.OnSearch!(e.Target.Value); setPage(0); },
                }),
                Mui.TextField(new TextFieldProps
                {
                    Select = true,
                    Label = S.SearchIn,
                    Value = column,
                    Size = "small",
                    OnChange = e => { setColumn(e.Target.Value); setPage(0); },
                }, columnChoices),
                Mui.Typography(new TypographyProps { Variant = "body2", Color = "text.secondary" }, S.Entries(shown.Matching, shown.Total))),
            CommonComponents.SimpleTable(new SimpleTableProps<MapRow>
            {
                Columns = columns,
                Data = shown.Rows.ToList(),
                EmptyMessage = table.Count == 0 ? table.EmptyMessage : S.NoMatches,
                ShowPagination = false,
                RowsPerPage = new[] { size },
            }),
            shown.PageCount <= 1 ? null : Mui.Pagination(new PaginationProps
            {
                Count = shown.PageCount,
                Page = shown.Page + 1,
                Size = "small",
                OnChange = (e, p) => setPage(p - 1),
            }),
            jsonRow is null ? null : Mui.Dialog(new DialogProps { Open = true, OnClose = () => setJsonRow(null), MaxWidth = "md", FullWidth = true },
                Mui.DialogTitle(S.RowJsonTitle),
                Mui.DialogContent(Mui.Box(new BoxProps { Component = "pre", FontFamily = "monospace", WhiteSpace = "pre-wrap" },
                    jsonRow.Raw is null ? "" : JsonPretty.Format(jsonRow.Raw))),
                Mui.DialogActions(Mui.Button(new ButtonProps { OnClick = () => setJsonRow(null) }, S.Close))));
    }

    private static List<TableColumn<MapRow>> Columns(MapTable table, Action<MapRow?> open)
    {
        var columns = new List<TableColumn<MapRow>>();
        for (int i = 0; i < table.Columns.Count; i++) columns.Add(CellColumn(table.Columns[i], i));
        if (table.HasIdentity)
        {
            columns.Add(new TableColumn<MapRow> { Label = S.ColIdentity, Getter = r => IdentityCell.Render(r.Identity!) });
        }
        columns.Add(new TableColumn<MapRow>
        {
            Label = S.ShowJson,
            Getter = r => Mui.Button(new ButtonProps { Size = "small", OnClick = () => open(r) }, S.ShowJson),
        });
        return columns;
    }

    private static object?[] ColumnChoices(MapTable table)
    {
        var choices = new List<object?> { Mui.MenuItem(new MenuItemProps { Value = "-1", Key = "-1" }, S.AllColumns) };
        for (int i = 0; i < table.Columns.Count; i++)
        {
            choices.Add(Mui.MenuItem(new MenuItemProps { Value = i.ToString(), Key = i.ToString() }, table.Columns[i]));
        }
        return choices.ToArray();
    }

    /// <summary>A column reading cell <paramref name="index"/> (a method, so each getter keeps its own index).</summary>
    private static TableColumn<MapRow> CellColumn(string label, int index) =>
        new TableColumn<MapRow> { Label = label, Getter = r => r.Cells[index] };
}
