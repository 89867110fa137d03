using System;
using System.Collections.Generic;
using CSharpToJs.Interop;

namespace Headlamp.Bindings;

// Props of pluginLib.CommonComponents (Headlamp ≥ 0.26), as [ObjectLiteral]s.

[ObjectLiteral]
public sealed class SectionBoxProps
{
    public object? Title { get; set; }
    public object? Subtitle { get; set; }
    public string? Key { get; set; }
    /// <summary>A "Back" button above the box: the URL to go to (a string), or true for the browser's back.</summary>
    public object? BackLink { get; set; }
}

[ObjectLiteral]
public sealed class SectionHeaderProps
{
    public object? Title { get; set; }
    public object? Subtitle { get; set; }
    public string? HeaderStyle { get; set; }
    public object?[]? Actions { get; set; }
}

/// <summary>A SimpleTable column: <c>Getter</c> renders one row's cell (text or an element).</summary>
[ObjectLiteral]
public sealed class TableColumn<TRow>
{
    public string? Label { get; set; }
    public Func<TRow, object?>? Getter { get; set; }
    public Func<TRow, string>? Sort { get; set; }
}

[ObjectLiteral]
public sealed class SimpleTableProps<TRow>
{
    public IList<TableColumn<TRow>>? Columns { get; set; }
    public IList<TRow>? Data { get; set; }
    public string? EmptyMessage { get; set; }
    public string? ErrorMessage { get; set; }
    public bool? ShowPagination { get; set; }
    public int[]? RowsPerPage { get; set; }
    public Func<TRow, bool>? FilterFunction { get; set; }
}

[ObjectLiteral]
public sealed class NameValueRow
{
    public object? Name { get; set; }
    public object? Value { get; set; }
    public bool? Hide { get; set; }
}

[ObjectLiteral]
public sealed class NameValueTableProps
{
    public IList<NameValueRow>? Rows { get; set; }
}

[ObjectLiteral]
public sealed class StatusLabelProps
{
    /// <summary>"success", "warning", "error" or "" (neutral).</summary>
    public string? Status { get; set; }
    public string? Title { get; set; }
    public string? Key { get; set; }
}

/// <summary>Route parameters for Link and Router.createRouteURL: a plain object, e.g. {name, namespace}.</summary>
[ObjectLiteral]
public sealed class RouteParams
{
    public string? Name { get; set; }
    public string? Namespace { get; set; }
    public string? Node { get; set; }
    public string? Status { get; set; }
}

[ObjectLiteral]
public sealed class LinkProps
{
    public string? RouteName { get; set; }
    public RouteParams? Params { get; set; }
    /// <summary>Query string of the link (Headlamp's Link turns it into the location's search).</summary>
    public string? Search { get; set; }
    public object? KubeObject { get; set; }
    public string? Tooltip { get; set; }
    public string? Key { get; set; }
}

[ObjectLiteral]
public sealed class LoaderProps
{
    public string? Title { get; set; }
    public bool? NoContainer { get; set; }
}

[ObjectLiteral]
public sealed class TabItem
{
    public string? Label { get; set; }
    public object? Component { get; set; }
}

[ObjectLiteral]
public sealed class TabsProps
{
    public IList<TabItem>? Tabs { get; set; }
    public string? AriaLabel { get; set; }
    public int? DefaultIndex { get; set; }
    public Action<int>? OnTabChanged { get; set; }
}

[ObjectLiteral]
public sealed class DateLabelProps
{
    public string? Date { get; set; }
    public string? Format { get; set; }
}

[ObjectLiteral]
public sealed class ConditionsTableProps
{
    public object? Resource { get; set; }
    public bool? ShowLastUpdate { get; set; }
}

[ObjectLiteral]
public sealed class ObjectEventListProps
{
    public object? Object { get; set; }
}

[ObjectLiteral]
public sealed class ViewButtonProps
{
    public object? Item { get; set; }
}

[ObjectLiteral]
public sealed class ConfirmDialogProps
{
    public bool? Open { get; set; }
    public string? Title { get; set; }
    public object? Description { get; set; }
    public Action? OnConfirm { get; set; }
    public Action? HandleClose { get; set; }
    public string? ConfirmLabel { get; set; }
    public string? CancelLabel { get; set; }
}

[ObjectLiteral]
public sealed class MainInfoSectionProps
{
    public object? Resource { get; set; }
    public IList<NameValueRow>? ExtraInfo { get; set; }
    public object? Title { get; set; }
    public object?[]? Actions { get; set; }
}
