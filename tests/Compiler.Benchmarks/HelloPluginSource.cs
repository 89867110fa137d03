using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CSharpToJs.Benchmarks;

/// <summary>The hello plugin's C# text, read from the test project's HelloPlugin.cs (the string constant
/// <c>HelloPlugin.Source</c>) so the benchmark always measures the same plugin the tests build.</summary>
public static class HelloPluginSource
{
    public static string Path => System.IO.Path.Combine(RepositoryPaths.HelloPlugin, "HelloPlugin.cs");

    public static string? TryRead()
    {
        if (!File.Exists(Path))
            return null;
        var root = CSharpSyntaxTree.ParseText(File.ReadAllText(Path)).GetRoot();
        var field = root.DescendantNodes().OfType<VariableDeclaratorSyntax>()
            .FirstOrDefault(v => v.Identifier.ValueText == "Source" && v.Initializer?.Value is LiteralExpressionSyntax);
        return field is null ? null : ((LiteralExpressionSyntax)field.Initializer!.Value).Token.ValueText;
    }
}
