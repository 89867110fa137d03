using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using static Kmesh.Plugin.Tests.Translations.TranslationSources;

namespace Kmesh.Plugin.Tests.Translations;

/// <summary>Every text the plugin shows goes through <c>Tr.T</c> (views) or <c>Say.T</c> (the model's sentences) with
/// an English key that every locale file holds, and no locale file holds a key nothing uses.</summary>
public class TranslationKeysTests
{
    /// <summary>Each key of the sources, with where it is used first.</summary>
    private static Dictionary<string, string> SourceKeys(List<string> problems)
    {
        var keys = new Dictionary<string, string>();
        foreach (var tree in Trees)
        {
            foreach (var call in TranslateCalls(tree.GetRoot()))
            {
                var args = call.ArgumentList.Arguments;
                if (args.Count == 0 || args[0].Expression is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    problems.Add($"{Where(call)}: the key of Tr.T and Say.T must be a string literal (the English text)");
                    continue;
                }
                string key = literal.Token.ValueText;
                keys.TryAdd(key, Where(call));
                var names = args.Skip(1).Where((_, i) => i % 2 == 0).Select(a => (a.Expression as LiteralExpressionSyntax)?.Token.ValueText).ToList();
                var holes = Regex.Matches(key, @"\{\{(\w+)\}\}").Select(m => m.Groups[1].Value).Distinct().Order().ToList();
                if (!names.Order().SequenceEqual(holes))
                    problems.Add($"{Where(call)}: \"{key}\" interpolates {{{{{string.Join("}}, {{", holes)}}}}} but is given {string.Join(", ", names)}");
            }
        }
        return keys;
    }

    [Fact]
    public void EveryKeyIsInEveryLocaleAndEveryLocaleKeyIsUsed()
    {
        var problems = new List<string>();
        var keys = SourceKeys(problems);
        var locales = Locales();
        Assert.Contains("en", locales.Keys);
        Assert.Contains("zh", locales.Keys);
        Assert.True(keys.Count > 900, $"only {keys.Count} keys found: is the scan still looking at the right calls?");

        foreach (var (lng, texts) in locales)
        {
            foreach (var (key, where) in keys.OrderBy(k => k.Value, System.StringComparer.Ordinal))
                if (!texts.ContainsKey(key)) problems.Add($"{where}: \"{key}\" is missing from locales/{lng}/translation.json");
            foreach (var key in texts.Keys.Where(k => !keys.ContainsKey(k)))
                problems.Add($"locales/{lng}/translation.json: \"{key}\" is used by no Tr.T or Say.T call");
            foreach (var (key, text) in texts.Where(t => keys.ContainsKey(t.Key)))
            {
                var want = Regex.Matches(key, @"\{\{\w+\}\}").Select(m => m.Value).Order();
                var got = Regex.Matches(text, @"\{\{\w+\}\}").Select(m => m.Value).Order();
                if (!want.SequenceEqual(got)) problems.Add($"locales/{lng}/translation.json: \"{key}\" → \"{text}\" does not keep the key's {{{{…}}}} placeholders");
                if (text.Trim().Length == 0) problems.Add($"locales/{lng}/translation.json: \"{key}\" is empty");
            }
        }
        // English is the key itself: the English file exists so Headlamp's loader finds a resource for the fallback.
        foreach (var (key, text) in locales["en"].Where(t => t.Key != t.Value))
            problems.Add($"locales/en/translation.json: \"{key}\" → \"{text}\" (English keys are their own text; change the key instead)");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void ChineseIsTranslatedNotCopied()
    {
        // Product names and codes may stay as they are; a sentence left in English is a missed translation.
        var zh = Locales()["zh"];
        var copied = zh.Where(t => t.Key == t.Value && Regex.IsMatch(t.Key, @"[a-z]{3,}\s+[a-z]{3,}")).Select(t => t.Key).ToList();
        Assert.True(copied.Count == 0, "left in English in locales/zh: " + string.Join(" | ", copied));
    }
}
