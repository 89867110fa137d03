using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>Element builders for pluginLib.CommonComponents. Every component, including forwardRef objects such as
/// StatusLabel, is created through React.createElement and never called directly.</summary>
[External]
public static class CommonComponents
{
    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.SectionBox, {props}, {*children})")]
    public static extern ReactElement SectionBox(SectionBoxProps props, params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.SectionHeader, {props})")]
    public static extern ReactElement SectionHeader(SectionHeaderProps props);

    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.SimpleTable, {props})")]
    public static extern ReactElement SimpleTable<TRow>(SimpleTableProps<TRow> props);

    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.NameValueTable, {props})")]
    public static extern ReactElement NameValueTable(NameValueTableProps props);

    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.StatusLabel, {props}, {*children})")]
    public static extern ReactElement StatusLabel(StatusLabelProps props, params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.Link, {props}, {*children})")]
    public static extern ReactElement Link(LinkProps props, params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.Loader, {props})")]
    public static extern ReactElement Loader(LoaderProps props);

    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.Tabs, {props})")]
    public static extern ReactElement Tabs(TabsProps props);

    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.EmptyContent, null, {*children})")]
    public static extern ReactElement EmptyContent(params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.DateLabel, {props})")]
    public static extern ReactElement DateLabel(DateLabelProps props);

    /// <summary>Headlamp ≥ 0.31 only; <see cref="HeadlampFeatures.HasConditionsTable"/> tells whether it exists.</summary>
    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.ConditionsTable, {props})")]
    public static extern ReactElement ConditionsTable(ConditionsTableProps props);

    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.ObjectEventList, {props})")]
    public static extern ReactElement ObjectEventList(ObjectEventListProps props);

    /// <summary>The YAML viewer button for a KubeObject.</summary>
    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.ViewButton, {props})")]
    public static extern ReactElement ViewButton(ViewButtonProps props);

    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.ConfirmDialog, {props})")]
    public static extern ReactElement ConfirmDialog(ConfirmDialogProps props);

    [Template("pluginLib.React.createElement(pluginLib.CommonComponents.MainInfoSection, {props})")]
    public static extern ReactElement MainInfoSection(MainInfoSectionProps props);
}

/// <summary>Feature checks for components that only newer Headlamp versions provide.</summary>
[External]
public static class HeadlampFeatures
{
    [Template("(pluginLib.CommonComponents.ConditionsTable != null)")]
    public static extern bool HasConditionsTable { get; }
}
