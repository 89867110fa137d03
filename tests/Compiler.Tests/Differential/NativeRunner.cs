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

namespace CSharpToJs.Tests.Differential;

/// <summary>The native leg: compiles one sample with Roslyn in memory, loads it into a collectible
/// AssemblyLoadContext and runs its Main with the console captured under the invariant culture.
/// Console is process-global, so callers must not run two samples at once.</summary>
public static class NativeRunner
{
    public sealed record Outcome(string? Output, string? CompileErrors);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    /// <summary>The framework's own assemblies plus the interop and KubernetesClient assemblies, the same set the
    /// JavaScript leg compiles against.</summary>
    public static IReadOnlyList<string> ExtraReferencePaths =>
    [
        typeof(CSharpToJs.Interop.JsonShapes).Assembly.Location,
        typeof(k8s.Models.V1Pod).Assembly.Location,
    ];

    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var framework = Directory.GetFiles(frameworkDir, "*.dll").Where(IsManagedAssembly);
        return framework.Concat(ExtraReferencePaths)
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
        var compilation = CSharpCompilation.Create(
            "Sample_" + Guid.NewGuid().ToString("N"),
            [tree],
            References.Value,
            new CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
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
            return new Outcome(Execute(assembly.EntryPoint!), null);
        }
        finally
        {
            context.Unload();
        }
    }

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
            var result = main.Invoke(null, arguments);
            if (result is Task task)
                task.GetAwaiter().GetResult();
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
