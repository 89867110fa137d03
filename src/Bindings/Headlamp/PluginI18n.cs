using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>pluginLib.useTranslation (lib/plugin/pluginI18n.js): the plugin's own i18next instance, namespace = the
/// plugin's package name, loaded by Headlamp from <c>locales/&lt;lng&gt;/translation.json</c> in the plugin folder and
/// switched with Headlamp's language. Our build does not inject the name, so it is passed explicitly. Headlamp
/// versions without the hook answer null.</summary>
[External]
public static class PluginI18n
{
    /// <summary>The translation hook's result <c>{t, i18n, ready}</c> (a hook), or null without pluginLib.useTranslation.</summary>
    [Template("(pluginLib.useTranslation ? pluginLib.useTranslation({pluginName}) : null)")]
    public static extern Translation? UseTranslation(string pluginName);
}

/// <summary>What useTranslation returns. <c>t</c> answers "" until <c>ready</c>, then the translation of an English
/// key in the current language (the key itself where no locale has it).</summary>
[External]
public sealed class Translation
{
    private Translation() { }
    public extern bool Ready { get; }

    /// <summary>The instance's current language code ("" without an instance).</summary>
    [Template("(({this}.i18n && {this}.i18n.language) || '')")]
    public extern string Language();

    /// <summary>The i18next instance itself (null without one): what was translated by one instance is not an answer
    /// of another.</summary>
    [Template("({this}.i18n || null)")]
    public extern object? Instance();

    /// <summary>Translates <paramref name="key"/>, interpolating <c>{{name}}</c> from pairs (name, value). Keys are
    /// English sentences, so i18next's namespace (":") and key (".") separators are switched off for the call.</summary>
    [Template("{this}.t({key}, Object.assign(Object.fromEntries({pairs}), { nsSeparator: false, keySeparator: false }))")]
    public extern string T(string key, string[][] pairs);
}
