using System;
using CSharpToJs.Interop;

namespace Headlamp.Bindings;

[ObjectLiteral]
public sealed class SidebarEntry
{
    public string? Parent { get; set; }
    public string? Name { get; set; }
    /// <summary>A string, or an element (shown as is; Headlamp sorts entries by the label's string form).</summary>
    public object? Label { get; set; }
    public string? Url { get; set; }
    /// <summary>An icon name from Headlamp's bundled Iconify mdi subset (others are fetched from the internet).</summary>
    public string? Icon { get; set; }
    public bool? UseClusterURL { get; set; }
}

[ObjectLiteral]
public sealed class Route
{
    public string? Path { get; set; }
    /// <summary>The name of the sidebar entry to highlight.</summary>
    public string? Sidebar { get; set; }
    /// <summary>The route's name, for Router.createRouteURL and Link's routeName.</summary>
    public string? Name { get; set; }
    public bool? Exact { get; set; }
    public Func<ReactElement?>? Component { get; set; }
}

/// <summary>The pluginLib.register* functions the plugin calls at load.</summary>
[External, JsGlobal("pluginLib")]
public static class Registry
{
    public static extern void RegisterSidebarEntry(SidebarEntry entry);
    public static extern void RegisterRoute(Route route);
    /// <summary>A component rendered on every details page (every kind) with <c>{resource}</c>.</summary>
    public static extern void RegisterDetailsViewSection(Func<DetailsViewSectionProps, ReactElement?> section);
}
