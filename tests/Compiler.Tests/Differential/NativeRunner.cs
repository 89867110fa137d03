using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CSharpToJs.Tests.Differential;

/// <summary>The native leg: compiles one sample with Roslyn in memory, loads it into a collectible
/// AssemblyLoadContext and runs its Main with the console captured under the invariant culture.
/// Async samples run on one thread under a <see cref="VirtualClock"/>. Console is process-global, so callers must not
/// run two samples at once.</summary>
public static class NativeRunner
{
    public sealed record Outcome(string? Output, string? CompileErrors);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    /// <summary>The interop and KubernetesClient assemblies: the JavaScript leg hands them to the compiler (which adds
    /// the SDK itself); natively they are referenced next to the framework's assemblies.</summary>
    public static IReadOnlyList<string> ExtraReferencePaths =>
    [
        typeof(CSharpToJs.Interop.JsonShapes).Assembly.Location,
        typeof(k8s.Models.V1Pod).Assembly.Location,
    ];

    private static readonly string VirtualClockAssembly = typeof(VirtualClock).Assembly.Location;

    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var framework = Directory.GetFiles(frameworkDir, "*.dll").Where(IsManagedAssembly);
        return framework.Concat(ExtraReferencePaths).Append(VirtualClockAssembly)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    public static Outcome Run(string path, string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path);
        var compilation = WithVirtualDelays(Compile(tree));
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        if (!emit.Success)
        {
            var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
            return new Outcome(null, string.Join(Environment.NewLine, errors));
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("sample", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            return new Outcome(Execute(UserMain(assembly.EntryPoint!)), null);
        }
        finally
        {
            context.Unload();
        }
    }

    private static CSharpCompilation Compile(SyntaxTree tree) =>
        CSharpCompilation.Create(
            "Sample_" + Guid.NewGuid().ToString("N"),
            [tree],
            References.Value,
            new CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Points every <c>Task.Delay(…)</c> call at <see cref="VirtualClock.Delay(int)"/>.</summary>
    private static CSharpCompilation WithVirtualDelays(CSharpCompilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        // Binding every call is as costly as compiling; only calls spelled "…Delay(…)" can be Task.Delay.
        var delays = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(call => call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Delay" } or IdentifierNameSyntax { Identifier.ValueText: "Delay" })
            .Where(call => model.GetSymbolInfo(call).Symbol is IMethodSymbol { Name: "Delay" } method
                           && method.ContainingType.ToDisplayString() == "System.Threading.Tasks.Task")
            .Select(call => call.Expression)
            .ToList();
        if (delays.Count == 0)
            return compilation;
        var replacement = SyntaxFactory.ParseExpression("global::" + typeof(VirtualClock).FullName + ".Delay");
        var rewritten = tree.GetRoot().ReplaceNodes(delays, (original, _) => replacement.WithTriviaFrom(original));
        return compilation.ReplaceSyntaxTree(tree, tree.WithRootAndOptions(rewritten, tree.Options));
    }

    /// <summary>For an async Main the compiler's entry point is a synthesized wrapper that blocks on the task, which
    /// would starve the single-threaded virtual clock; run the user's Main instead.</summary>
    private static MethodInfo UserMain(MethodInfo entryPoint) =>
        entryPoint.Name != "<Main>"
            ? entryPoint
            : entryPoint.DeclaringType!.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Single(m => m.Name == "Main" && typeof(Task).IsAssignableFrom(m.ReturnType));

    private static string Execute(MethodInfo main)
    {
        var originalOut = Console.Out;
        var originalCulture = CultureInfo.CurrentCulture;
        var originalUiCulture = CultureInfo.CurrentUICulture;
        var captured = new StringWriter { NewLine = "\n" };
        Console.SetOut(captured);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            var arguments = main.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() };
            VirtualClock.Run(() => main.Invoke(null, arguments) as Task);
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            captured.WriteLine("UNHANDLED " + invocation.InnerException.GetType().Name + ": " + invocation.InnerException.Message);
        }
        catch (Exception unhandled)
        {
            captured.WriteLine("UNHANDLED " + unhandled.GetType().Name + ": " + unhandled.Message);
        }
        finally
        {
            Console.SetOut(originalOut);
            CultureInfo.CurrentCulture = originalCulture;
            CultureInfo.CurrentUICulture = originalUiCulture;
        }
        return captured.ToString();
    }
}
