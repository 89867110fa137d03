using System;
using CSharpToJs.Interop;

namespace Headlamp.Bindings;

// Props of the MUI 5 components the plugin uses. [ObjectLiteral]: only the properties a view assigns are
// present in the JavaScript object. Colours are theme tokens ("text.secondary", "primary"), never raw values.

[ObjectLiteral]
public sealed class BoxProps
{
    public string? Display { get; set; }
    public string? FlexDirection { get; set; }
    public string? FlexWrap { get; set; }
    public string? AlignItems { get; set; }
    public string? JustifyContent { get; set; }
    public int? Gap { get; set; }
    public int? Mt { get; set; }
    public int? Mb { get; set; }
    public int? P { get; set; }
    public string? Component { get; set; }
    public string? FontFamily { get; set; }
    public string? WhiteSpace { get; set; }
    public string? Overflow { get; set; }
    public string? MaxHeight { get; set; }
    public string? MinWidth { get; set; }
    public string? Key { get; set; }
}

[ObjectLiteral]
public sealed class TypographyProps
{
    public string? Variant { get; set; }
    public string? Color { get; set; }
    public string? Component { get; set; }
    public bool? GutterBottom { get; set; }
    public string? FontFamily { get; set; }
    public string? Key { get; set; }
}

[ObjectLiteral]
public sealed class GridProps
{
    public bool? Container { get; set; }
    public bool? Item { get; set; }
    public int? Spacing { get; set; }
    public int? Xs { get; set; }
    public int? Sm { get; set; }
    public int? Md { get; set; }
    public int? Lg { get; set; }
    public string? Key { get; set; }
}

[ObjectLiteral]
public sealed class StackProps
{
    public string? Direction { get; set; }
    public int? Spacing { get; set; }
    public string? AlignItems { get; set; }
    public bool? UseFlexGap { get; set; }
    public string? FlexWrap { get; set; }
}

/// <summary>The event MUI inputs pass to onChange: only <c>target.value</c> is read.</summary>
[External]
public sealed class InputChangeEvent
{
    private InputChangeEvent() { }
    public extern InputTarget Target { get; }
}

[External]
public sealed class InputTarget
{
    private InputTarget() { }
    public extern string Value { get; }
    /// <summary>A checkbox's or switch's state.</summary>
    public extern bool Checked { get; }
}

[ObjectLiteral]
public sealed class TextFieldProps
{
    public string? Label { get; set; }
    public string? Value { get; set; }
    public string? Placeholder { get; set; }
    public string? Size { get; set; }
    public string? Variant { get; set; }
    public bool? Select { get; set; }
    public bool? FullWidth { get; set; }
    public string? Type { get; set; }
    public Action<InputChangeEvent>? OnChange { get; set; }
    public string? Key { get; set; }
    /// <summary>The input's id (its label points at it, so the field is found by its label).</summary>
    public string? Id { get; set; }
    public bool? Error { get; set; }
    /// <summary>Text under the field (plain text).</summary>
    public string? HelperText { get; set; }
}

[ObjectLiteral]
public sealed class SwitchProps
{
    public bool? Checked { get; set; }
    public Action<InputChangeEvent>? OnChange { get; set; }
    public string? Id { get; set; }
}

[ObjectLiteral]
public sealed class FormControlLabelProps
{
    public ReactElement? Control { get; set; }
    public string? Label { get; set; }
}

[ObjectLiteral]
public sealed class MenuItemProps
{
    public string? Value { get; set; }
    public string? Key { get; set; }
}

[ObjectLiteral]
public sealed class ChipProps
{
    public string? Label { get; set; }
    public string? Size { get; set; }
    public string? Variant { get; set; }
    public string? Color { get; set; }
    public string? Key { get; set; }
}

[ObjectLiteral]
public sealed class TooltipProps
{
    public string? Title { get; set; }
    public string? Key { get; set; }
}

[ObjectLiteral]
public sealed class ButtonProps
{
    public string? Variant { get; set; }
    public string? Size { get; set; }
    public string? Color { get; set; }
    public bool? Disabled { get; set; }
    public Action? OnClick { get; set; }
    public string? Href { get; set; }
    public string? Target { get; set; }
    public string? Rel { get; set; }
    public string? Key { get; set; }
}

[ObjectLiteral]
public sealed class AlertProps
{
    public string? Severity { get; set; }
    public string? Variant { get; set; }
    public string? Key { get; set; }
}

[ObjectLiteral]
public sealed class DialogProps
{
    public bool? Open { get; set; }
    public Action? OnClose { get; set; }
    public string? MaxWidth { get; set; }
    public bool? FullWidth { get; set; }
}

[ObjectLiteral]
public sealed class PaginationProps
{
    public int? Count { get; set; }
    public int? Page { get; set; }
    public string? Size { get; set; }
    /// <summary>MUI calls it with (event, page); the page number is 1-based.</summary>
    public Action<object, int>? OnChange { get; set; }
}
