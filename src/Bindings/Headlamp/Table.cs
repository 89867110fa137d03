using System;
using System.Collections.Generic;
using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>pluginLib.CommonComponents.Table: Headlamp's material-react-table list (search box, sortable headers,
/// pagination that renders one page). Props as in lib/components/common/Table/Table.d.ts (Headlamp ≥ 0.26).</summary>
[External]
public static class HeadlampTable
{
    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.Table, {props})")]
    public static extern ReactElement Create<TRow>(TableProps<TRow> props);
}

/// <summary>A material-react-table row: <c>Original</c> is the data item; <c>GetValue</c> the column's accessor value.</summary>
[External]
public sealed class TableRow<TRow>
{
    private TableRow() { }
    public extern TRow Original { get; }
    public extern string GetValue(string columnId);
}

/// <summary>What a column's <c>Cell</c> renderer receives.</summary>
[External]
public sealed class TableCellContext<TRow>
{
    private TableCellContext() { }
    public extern TableRow<TRow> Row { get; }
}

/// <summary>A material-react-table column (MRT_ColumnDef) plus Headlamp's <c>gridTemplate</c>. The accessor's text is
/// what the table sorts and compares; <c>Cell</c> draws it. A cell is redrawn only when its accessor text changes.</summary>
[ObjectLiteral]
public sealed class TableColumnDef<TRow>
{
    public string? Id { get; set; }
    public string? Header { get; set; }
    public Func<TRow, string>? AccessorFn { get; set; }
    [Name("Cell")] public Func<TableCellContext<TRow>, object?>? Cell { get; set; }
    /// <summary>(a, b, columnId) → negative, 0 or positive.</summary>
    public Func<TableRow<TRow>, TableRow<TRow>, string, int>? SortingFn { get; set; }
    public bool? EnableSorting { get; set; }
    public bool? EnableGlobalFilter { get; set; }
    public bool? EnableColumnFilter { get; set; }
    /// <summary>"multi-select": the column's filter is a list of its values to keep (material-react-table).</summary>
    public string? FilterVariant { get; set; }
    public IList<string>? FilterSelectOptions { get; set; }
    /// <summary>(row, columnId, the filter's value: the chosen options) → whether the row stays.</summary>
    public Func<TableRow<TRow>, string, string[]?, bool>? FilterFn { get; set; }
    public object? GridTemplate { get; set; }
}

/// <summary>One sorting entry of the table's state.</summary>
[ObjectLiteral]
public sealed class TableSort
{
    public string? Id { get; set; }
    public bool? Desc { get; set; }
}

[ObjectLiteral]
public sealed class TableInitialState
{
    public string? GlobalFilter { get; set; }
    public IList<TableSort>? Sorting { get; set; }
    /// <summary>Shows the search box open, as Headlamp's resource lists do.</summary>
    public bool? ShowGlobalFilter { get; set; }
}

/// <summary>Named filter functions (material-react-table's <c>filterFns</c>); <c>Search</c> is used as
/// <c>globalFilterFn: "search"</c>: (row, columnId, searchText) → whether the row matches.</summary>
[ObjectLiteral]
public sealed class TableFilterFns<TRow>
{
    public Func<TableRow<TRow>, string, string, bool>? Search { get; set; }
}

[ObjectLiteral]
public sealed class TableProps<TRow>
{
    public IList<TableColumnDef<TRow>>? Columns { get; set; }
    public IList<TRow>? Data { get; set; }
    public string? EmptyMessage { get; set; }
    public object? ErrorMessage { get; set; }
    /// <summary>true: the search (<c>filter</c>), page (<c>p</c>) and page size live in the URL's query.</summary>
    public object? ReflectInURL { get; set; }
    public int[]? RowsPerPage { get; set; }
    public bool? Loading { get; set; }
    public TableInitialState? InitialState { get; set; }
    public TableFilterFns<TRow>? FilterFns { get; set; }
    public string? GlobalFilterFn { get; set; }
    public Func<TRow, string>? GetRowId { get; set; }
    public bool? EnableRowSelection { get; set; }
}
