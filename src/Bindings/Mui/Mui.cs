using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>Element builders for pluginLib.MuiMaterial (MUI 5). Children are text (rendered as text, never HTML),
/// elements or null.</summary>
[External]
public static class Mui
{
    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.Box, {props}, {*children})")]
    public static extern ReactElement Box(BoxProps? props, params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.Typography, {props}, {*children})")]
    public static extern ReactElement Typography(TypographyProps? props, params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.Grid, {props}, {*children})")]
    public static extern ReactElement Grid(GridProps? props, params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.Stack, {props}, {*children})")]
    public static extern ReactElement Stack(StackProps? props, params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.TextField, {props}, {*children})")]
    public static extern ReactElement TextField(TextFieldProps props, params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.Switch, {props})")]
    public static extern ReactElement Switch(SwitchProps props);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.FormControlLabel, {props})")]
    public static extern ReactElement FormControlLabel(FormControlLabelProps props);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.MenuItem, {props}, {*children})")]
    public static extern ReactElement MenuItem(MenuItemProps props, params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.Chip, {props})")]
    public static extern ReactElement Chip(ChipProps props);

    /// <summary>MUI's Tooltip needs exactly one child element that can hold a ref.</summary>
    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.Tooltip, {props}, {child})")]
    public static extern ReactElement Tooltip(TooltipProps props, ReactElement child);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.Button, {props}, {*children})")]
    public static extern ReactElement Button(ButtonProps props, params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.Alert, {props}, {*children})")]
    public static extern ReactElement Alert(AlertProps props, params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.AlertTitle, null, {*children})")]
    public static extern ReactElement AlertTitle(params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.Dialog, {props}, {*children})")]
    public static extern ReactElement Dialog(DialogProps props, params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.DialogTitle, null, {*children})")]
    public static extern ReactElement DialogTitle(params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.DialogContent, null, {*children})")]
    public static extern ReactElement DialogContent(params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.DialogActions, null, {*children})")]
    public static extern ReactElement DialogActions(params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.MuiMaterial.Pagination, {props})")]
    public static extern ReactElement Pagination(PaginationProps props);
}
