using System;

namespace Kmesh.Model.Text;

/// <summary>Every sentence the model builds for users goes through <see cref="T"/> with a literal English template
/// (i18next style, <c>{{name}}</c> for each value). By default the holes are filled in the English template, so the
/// model reads the same natively, under Jint and in tests; the plugin sets <see cref="Translator"/> once at
/// registration so the same templates are looked up in its locale files. Values (names, paths, numbers) are never
/// translated.</summary>
public static class Say
{
    /// <summary>Translates a template and fills its holes from (name, value, name, value…); null = English.</summary>
    public static Func<string, object?[], string>? Translator { get; set; }

    public static string T(string template, params object?[] namesAndValues)
    {
        Func<string, object?[], string>? translator = Translator;
        return translator is not null ? translator(template, namesAndValues) : Fill(template, namesAndValues);
    }

    /// <summary>The template with each <c>{{name}}</c> replaced by its value's text, in one pass so a value that
    /// itself contains braces (cluster data) is never read as a hole.</summary>
    public static string Fill(string template, object?[] namesAndValues)
    {
        var text = new System.Text.StringBuilder();
        int at = 0;
        while (at < template.Length)
        {
            int open = template.IndexOf("{{", at, StringComparison.Ordinal);
            int close = open < 0 ? -1 : template.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                text.Append(template.Substring(at));
                break;
            }
            text.Append(template.Substring(at, open - at));
            text.Append(ValueOf(template.Substring(open + 2, close - open - 2), namesAndValues) ?? template.Substring(open, close + 2 - open));
            at = close + 2;
        }
        return text.ToString();
    }

    private static string? ValueOf(string name, object?[] namesAndValues)
    {
        for (int i = 0; i + 1 < namesAndValues.Length; i += 2)
            if ($"{namesAndValues[i]}" == name) return $"{namesAndValues[i + 1]}";
        return null;
    }
}
