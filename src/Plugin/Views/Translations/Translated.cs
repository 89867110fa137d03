using System;
using CSharpToJs.Interop;
using Headlamp.Bindings;

namespace Kmesh.Plugin.Views.Translations;

[ObjectLiteral]
public sealed class TranslatedProps
{
    public Func<ReactElement?>? View { get; set; }
}

[ObjectLiteral]
public sealed class TranslatedTextProps
{
    public Func<string>? Text { get; set; }
}

/// <summary>The components through which the plugin meets Headlamp: each calls the translation hook before its view
/// renders (and renders it once the plugin's translations are loaded), so switching Headlamp's language re-renders
/// the view in the new language.</summary>
public static class Translated
{
    // One function each, so React sees the same component type on every render (a method group converted anew
    // would be a new type each time and remount the view).
    private static readonly Func<TranslatedProps, ReactElement?> HostComponent = Host;
    private static readonly Func<TranslatedTextProps, ReactElement?> LabelComponent = LabelText;

    /// <summary>A route's component: the view rendered under the translation hook.</summary>
    public static Func<ReactElement?> Route(Func<ReactElement?> view) =>
        () => El.Component(HostComponent, new TranslatedProps { View = view });

    private static ReactElement? Host(TranslatedProps props)
    {
        if (!Tr.Use()) return null;
        return El.Component(props.View!);
    }

    /// <summary>A sidebar label that follows the language (Headlamp shows plugin labels as given and never translates
    /// them; an element label is rendered as is).</summary>
    public static ReactElement Label(Func<string> text) => El.Component(LabelComponent, new TranslatedTextProps { Text = text });

    private static ReactElement? LabelText(TranslatedTextProps props)
    {
        Tr.Use();
        return El.Fragment(props.Text!());
    }
}
