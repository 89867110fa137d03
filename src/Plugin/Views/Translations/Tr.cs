using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Plugin.Views.Settings;

namespace Kmesh.Plugin.Views.Translations;

/// <summary>The plugin's translation function. Keys are the English texts (i18next style, <c>{{name}}</c> for
/// interpolations); <c>locales/&lt;lng&gt;/translation.json</c> holds one entry per key. Components registered with
/// Headlamp call <see cref="Use"/> first (see <see cref="Translated"/>), so a language change re-renders them and every
/// string built during that render goes through Headlamp's translation hook. Until a hook is ready (or on a Headlamp
/// without one) the English text is shown.</summary>
public static class Tr
{
    // Every ready hook result translates through the same per-plugin i18next instance (pluginLib keeps one per
    // plugin name), so any of them serves strings built outside that component's render (table values, the sort).
    private static Translation? current;

    /// <summary>Calls Headlamp's translation hook for the calling component (a hook). False while the plugin's
    /// translations are still loading (on a Headlamp with the hook): a view that fetches renders only once texts can
    /// be worded, so a sentence kept from a fetch (a daemon's failure) is not stuck in English.</summary>
    public static bool Use()
    {
        Translation? translation = PluginI18n.UseTranslation(KmeshConfig.Key);
        if (translation is not null && (translation.Ready || current is null)) current = translation;
        return translation is null || translation.Ready || (current is not null && current.Ready);
    }

    /// <summary>The language texts are shown in ("" until a hook is ready): memoised texts (a table's column
    /// headers) list it among their inputs so a language change rebuilds them.</summary>
    public static string Language => current is not null && current.Ready ? current.Language() : "";

    /// <summary>The translation of <paramref name="key"/>, its <c>{{name}}</c> holes filled from the pairs that follow
    /// (name, value, name, value…).</summary>
    public static string T(string key, params object?[] namesAndValues)
    {
        var pairs = new string[namesAndValues.Length / 2][];
        for (int i = 0; i < pairs.Length; i++) pairs[i] = new[] { $"{namesAndValues[2 * i]}", Format(namesAndValues[2 * i + 1]) };
        return Translate(key, pairs);
    }

    /// <summary>The model's translator (<c>Say.Translator</c>): its templates are the <c>Say.T</c> literals of src/Kmesh,
    /// translated like the views' keys.</summary>
    public static string Model(string template, object?[] namesAndValues) => T(template, namesAndValues);

    private static string Format(object? value) => $"{value}";

    private static string Translate(string key, string[][] pairs)
    {
        if (current is null || !current.Ready) return Worded(key, pairs);
        // A list's rows word the same few sentences thousands of times (every ready daemon is "running and ready"):
        // one i18next lookup per sentence, values and language, not one per row.
        Dictionary<string, string> answers = Answers.Of(current);
        string question = Answers.Question(key, pairs);
        if (answers.TryGetValue(question, out string? known)) return known;
        string text = Worded(current.T(key, pairs), pairs);
        Answers.Keep(answers, question, text);
        return text;
    }

    // A hook without an i18next instance (Headlamp could not load the locales) answers the bare key.
    private static string Worded(string text, string[][] pairs) => text.Contains("{{") ? Interpolate(text, pairs) : text;

    private static string Interpolate(string template, string[][] pairs)
    {
        string text = template;
        foreach (string[] pair in pairs) text = text.Replace("{{" + pair[0] + "}}", pair[1]);
        return text;
    }

    /// <summary>The translations one i18next instance made in one language (an instance switches language only once
    /// that language's texts are loaded), keyed by the key and its filled-in values; bounded, as the values (pod
    /// names, counts) are not.</summary>
    private static class Answers
    {
        private const int Max = 4096;
        private static readonly Dictionary<string, string> known = new Dictionary<string, string>();
        private static object? instance;
        private static string language = "";

        public static Dictionary<string, string> Of(Translation translation)
        {
            object? now = translation.Instance();
            string lng = translation.Language();
            if (now != instance || lng != language)
            {
                known.Clear();
                instance = now;
                language = lng;
            }
            return known;
        }

        public static void Keep(Dictionary<string, string> answers, string question, string text)
        {
            if (answers.Count >= Max) answers.Clear();
            answers[question] = text;
        }

        /// <summary>The key alone, or NUL, then the key and its names and values each prefixed by its length, so no
        /// two questions read the same (keys are English sentences, without NUL).</summary>
        public static string Question(string key, string[][] pairs)
        {
            if (pairs.Length == 0) return key;
            string question = "\u0000" + key.Length + ":" + key;
            foreach (string[] pair in pairs) question += pair[0].Length + ":" + pair[0] + pair[1].Length + ":" + pair[1];
            return question;
        }
    }
}
