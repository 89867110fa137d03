using System;
using System.Collections.Generic;
using CSharpToJs.Interop;

namespace Headlamp.Bindings;

// The register* calls that put the plugin inside Headlamp's own pages, checked against
// node_modules/@kinvolk/headlamp-plugin/lib (plugin/registry.d.ts, resourceMap/graph/graphModel.d.ts,
// common/Resource/resourceTableSlice.d.ts, plugin/pluginsSlice.d.ts); all present in 0.14.0 (Headlamp v0.42).

/// <summary>registerResourceTableColumnsProcessor's argument: <c>processor({id, columns})</c> returns the columns of
/// the table <c>id</c> (e.g. <c>headlamp-pods</c>, <c>headlamp-namespaces</c>).</summary>
[ObjectLiteral]
public sealed class TableColumnsProcessor
{
    public string? Id { get; set; }
    public Func<TableColumnsArgs, IList<object>>? Processor { get; set; }
}

/// <summary>What Headlamp passes a table columns processor: the table's id and its columns (strings such as
/// <c>'name'</c> for built-ins, objects otherwise).</summary>
[External]
public sealed class TableColumnsArgs
{
    private TableColumnsArgs() { }
    public extern string Id { get; }
    public extern IList<object> Columns { get; }
}

/// <summary>A ResourceTable column: <c>getValue</c> is the plain value Headlamp sorts and filters by; <c>render</c>
/// draws the cell. <typeparamref name="TItem"/> is the row (a KubeObject instance for Headlamp's resource tables).</summary>
[ObjectLiteral]
public sealed class ResourceTableColumn<TItem>
{
    public string? Id { get; set; }
    public string? Label { get; set; }
    public Func<TItem, string>? GetValue { get; set; }
    public Func<TItem, ReactElement?>? Render { get; set; }
    /// <summary>A comparator of two rows, evaluated when the user sorts (Headlamp's <c>sort</c>); without it the table
    /// sorts by the values <see cref="GetValue"/> gave when the rows were first read.</summary>
    public Func<TItem, TItem, int>? Sort { get; set; }
    public string? GridTemplate { get; set; }
}

/// <summary>A map node (GraphNode): <c>kubeObject</c> makes it a Kubernetes object node (label, kind icon and details
/// from the object); <c>status</c> is 'success', 'warning' or 'error'.</summary>
[ObjectLiteral]
public sealed class GraphNode
{
    public string? Id { get; set; }
    public string? Label { get; set; }
    public string? Subtitle { get; set; }
    public string? Status { get; set; }
    public ReactElement? Icon { get; set; }
    public object? KubeObject { get; set; }
    public int? Weight { get; set; }
}

[ObjectLiteral]
public sealed class GraphEdge
{
    public string? Id { get; set; }
    public string? Source { get; set; }
    public string? Target { get; set; }
    public string? Label { get; set; }
}

[ObjectLiteral]
public sealed class GraphData
{
    public IList<GraphNode>? Nodes { get; set; }
    public IList<GraphEdge>? Edges { get; set; }
}

/// <summary>registerMapSource's argument: <c>useData</c> is a hook returning memoised nodes and edges, or null while
/// nothing is loaded.</summary>
[ObjectLiteral]
public sealed class MapSource
{
    public string? Id { get; set; }
    public string? Label { get; set; }
    public ReactElement? Icon { get; set; }
    public bool? IsEnabledByDefault { get; set; }
    /// <summary>A hook; set either this or <see cref="Sources"/> (a group of child sources).</summary>
    public Func<GraphData?>? UseData { get; set; }
    public IList<MapSource>? Sources { get; set; }
}

/// <summary>registerKindIcon's definition: an icon element and its colour.</summary>
[ObjectLiteral]
public sealed class KindIconDefinition
{
    public ReactElement? Icon { get; set; }
    public string? Color { get; set; }
}

/// <summary>A sidebar entry as Headlamp hands it to a sidebar filter (its registered fields, plus subList).</summary>
[External]
public sealed class SidebarEntryInfo
{
    private SidebarEntryInfo() { }
    public extern string? Name { get; }
}

/// <summary>The props Headlamp gives a plugin settings component; the plugin stores through ConfigStore itself.</summary>
[External]
public sealed class PluginSettingsProps
{
    private PluginSettingsProps() { }
}

[External, JsGlobal("pluginLib")]
public static class RegistryIntegrations
{
    public static extern void RegisterResourceTableColumnsProcessor(TableColumnsProcessor processor);

    public static extern void RegisterMapSource(MapSource source);

    public static extern void RegisterKindIcon(string kind, KindIconDefinition definition);

    /// <summary>Headlamp calls <paramref name="filter"/> for each in-cluster sidebar entry; null removes it.</summary>
    public static extern void RegisterSidebarEntryFilter(Func<SidebarEntryInfo, SidebarEntryInfo?> filter);

    /// <summary>Registers the component of Settings → Plugins → <paramref name="name"/>.</summary>
    public static extern void RegisterPluginSettings(string name, Func<PluginSettingsProps, ReactElement?> component, bool displaySaveButton);
}

/// <summary>pluginLib.Iconify's Icon component, for icons that must be elements (map sources, kind icons).</summary>
[External]
public static class IconifyIcon
{
    /// <summary>An Iconify icon by name (use names in Headlamp's bundled mdi subset).</summary>
    [Template("pluginLib.React.createElement(pluginLib.Iconify.Icon, Object.fromEntries([['icon', {name}], ['width', '100%'], ['height', '100%']]))")]
    public static extern ReactElement Of(string name);
}
