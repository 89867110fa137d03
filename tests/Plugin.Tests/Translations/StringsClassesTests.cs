using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using static Kmesh.Plugin.Tests.Translations.TranslationSources;

namespace Kmesh.Plugin.Tests.Translations;

/// <summary>A <c>*Strings</c> class holds the plugin's user-visible texts: none of them may bypass the translation
/// function, so a new <c>const string</c> or returned literal fails here instead of staying English in Chinese.</summary>
public class StringsClassesTests
{
    // Headlamp's StatusLabel codes: values, not words.
    private static readonly HashSet<string> StatusCodes = new() { "success", "warning", "error" };
    // String inspections compare against data, they show nothing.
    private static readonly HashSet<string> Inspections = new() { "StartsWith", "EndsWith", "Contains", "Equals" };

    [Fact]
    public void EveryTextOfAStringsClassGoesThroughTheTranslationFunction()
    {
        var classes = Trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            .Where(c => c.Identifier.Text.EndsWith("Strings")).ToList();
        Assert.True(classes.Count >= 15, $"only {classes.Count} *Strings classes found");

        var problems = new List<string>();
        foreach (var cls in classes)
        {
            foreach (var node in cls.DescendantNodes())
            {
                string? text = TextOf(node);
                if (text is null || !Regex.IsMatch(text, "[A-Za-z]")) continue;
                if (node.Ancestors().OfType<InvocationExpressionSyntax>().Any(IsTranslateCall)) continue;
                if (text.StartsWith("https://") || StatusCodes.Contains(text)) continue;
                if (node.Parent is ConstantPatternSyntax) continue; // a switch arm's data value
                if (node.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax m } } && Inspections.Contains(m.Name.Identifier.Text)) continue;
                problems.Add($"{Where(node)}: {cls.Identifier.Text} shows \"{text}\" without Tr.T");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
