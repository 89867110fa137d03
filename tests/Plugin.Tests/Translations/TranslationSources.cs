using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Plugin.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kmesh.Plugin.Tests.Translations;

/// <summary>The plugin's sources as Roslyn syntax trees, the calls of the translation function in them, and the
/// locale files of the repository.</summary>
public static class TranslationSources
{
    public static string PluginDir => Path.Combine(PluginHost.RepoRoot, "src", "Plugin");
    public static string ModelDir => Path.Combine(PluginHost.RepoRoot, "src", "Kmesh");
    public static string LocalesDir => Path.Combine(PluginHost.RepoRoot, "locales");

    /// <summary>The pure model (src/Kmesh): its sentences go through <c>Say.T</c>, which the plugin routes to Tr.</summary>
    public static IReadOnlyList<SyntaxTree> ModelTrees { get; } = Parse(ModelDir);

    /// <summary>The plugin's views and the model whose sentences they show (after <see cref="ModelTrees"/>: static
    /// properties initialise in order).</summary>
    public static IReadOnlyList<SyntaxTree> Trees { get; } = Parse(PluginDir).Concat(ModelTrees).ToList();

    private static List<SyntaxTree> Parse(string dir) => Directory
        .GetFiles(dir, "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
        .Order(StringComparer.Ordinal)
        .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: Path.GetRelativePath(PluginHost.RepoRoot, f)))
        .ToList();

    /// <summary>Every call <c>Tr.T(…)</c> (views) or <c>Say.T(…)</c> (model).</summary>
    public static IEnumerable<InvocationExpressionSyntax> TranslateCalls(SyntaxNode root) =>
        root.DescendantNodes().OfType<InvocationExpressionSyntax>().Where(IsTranslateCall);

    public static bool IsTranslateCall(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "T", Expression: IdentifierNameSyntax { Identifier.Text: "Tr" or "Say" } };

    /// <summary>The text of a string literal, or of an interpolated string without its holes; null for other nodes.</summary>
    public static string? TextOf(SyntaxNode node) => node switch
    {
        LiteralExpressionSyntax l when l.IsKind(SyntaxKind.StringLiteralExpression) => l.Token.ValueText,
        InterpolatedStringExpressionSyntax i => string.Concat(i.Contents.OfType<InterpolatedStringTextSyntax>().Select(t => t.TextToken.ValueText)),
        _ => null,
    };

    public static string Where(SyntaxNode node)
    {
        var span = node.GetLocation().GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    /// <summary>The languages (folders of locales/) and each one's translation.json as key → text.</summary>
    public static IReadOnlyDictionary<string, Dictionary<string, string>> Locales() =>
        Directory.GetDirectories(LocalesDir).Order(StringComparer.Ordinal).ToDictionary(
            d => Path.GetFileName(d),
            d => JsonNode.Parse(File.ReadAllText(Path.Combine(d, "translation.json")))!.AsObject()
                .ToDictionary(p => p.Key, p => p.Value!.GetValue<string>()));
}
