using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using static Kmesh.Plugin.Tests.Translations.TranslationSources;

namespace Kmesh.Plugin.Tests.Translations;

/// <summary>The model (src/Kmesh) builds the sentences the views show: health reasons, problems, explanations, parse
/// errors. Every literal that reads as words must be a <c>Say.T</c> template, so a new English sentence fails here
/// instead of staying English in Chinese.</summary>
public class ModelSentencesTests
{
    // Text inspections compare against data (daemon output, API errors), they show nothing.
    private static readonly HashSet<string> Inspections = new() { "Has", "StartsWith", "EndsWith", "Contains", "Equals", "IndexOf", "Classify" };

    // Texts that are not sentences for users, each with why: commands, manifests and formats other programs read.
    private static readonly Dictionary<string, string> NotShown = new()
    {
        ["src/Kmesh/Transport/ExecCommand.cs"] = "the shell script run in the daemon container and the message it prints for AdminFailure to recognise",
        ["src/Kmesh/Operations/WaypointManifest.cs"] = "the Gateway manifest (YAML and JSON) the user applies",
        ["src/Kmesh/Canonical"] = "the canonical text the differential tests compare between .NET and JavaScript",
    };

    [Fact]
    public void EveryModelSentenceIsASayTemplate()
    {
        var problems = new List<string>();
        int templates = 0;
        HashSet<string> typeNames = TypeNames();
        foreach (SyntaxTree tree in ModelTrees)
        {
            string path = tree.FilePath.Replace('\\', '/');
            if (path.EndsWith("Text/Say.cs")) continue;
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
            {
                string? text = TextOf(node);
                if (text is null || !Regex.IsMatch(text, @"[A-Za-z]{2,}[,:;]? [A-Za-z]{2,}")) continue;
                if (node.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call } && IsTranslateCall(call))
                {
                    templates++;
                    continue;
                }
                if (node.Ancestors().Any(a => a is AttributeSyntax)) continue; // [Template] JavaScript
                if (node.Parent is BinaryExpressionSyntax b && (b.IsKind(SyntaxKind.EqualsExpression) || b.IsKind(SyntaxKind.NotEqualsExpression))) continue; // compared with data
                if (typeNames.Contains(text)) continue; // worded by TypeWords.Of when a message quotes it
                if (node.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax inspect } && Inspections.Contains(NameOf(inspect))) continue;
                if (node.Parent is ConstantPatternSyntax || node.Parent is SwitchExpressionArmSyntax { Pattern: var p } && p.Contains(node)) continue;
                if (NotShown.Keys.Any(k => path.StartsWith(k))) continue;
                problems.Add($"{Where(node)}: \"{text}\" is shown without Say.T");
            }
        }
        Assert.True(templates > 350, $"only {templates} Say.T templates found in src/Kmesh: is the scan still looking at the right calls?");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The English JSON type names TypeWords.Of words: the patterns of its switch.</summary>
    private static HashSet<string> TypeNames()
    {
        SyntaxTree words = ModelTrees.Single(t => t.FilePath.Replace('\\', '/').EndsWith("Text/TypeWords.cs"));
        var names = words.GetRoot().DescendantNodes().OfType<SwitchExpressionArmSyntax>()
            .Select(arm => arm.Pattern).OfType<ConstantPatternSyntax>()
            .Select(p => ((LiteralExpressionSyntax)p.Expression).Token.ValueText).ToHashSet();
        Assert.True(names.Count >= 5, "TypeWords.Of words no type names: is the scan still looking at the right switch?");
        return names;
    }

    private static string NameOf(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax m => m.Name.Identifier.Text,
        IdentifierNameSyntax i => i.Identifier.Text,
        _ => "",
    };
}
