using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CSharpToJs.Load;

/// <summary>Builds the Roslyn compilation: the sources, the given references and the SDK reference assemblies.</summary>
public static class CompilationLoader
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> SdkReferences = new(LoadSdkReferences);

    public static CSharpCompilation Load(CompileRequest request)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = request.Sources
            .Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path))
            .ToList();
        var references = new List<MetadataReference>(SdkReferences.Value);
        var sdkNames = new HashSet<string>(SdkReferenceNames(), StringComparer.OrdinalIgnoreCase);
        foreach (var path in request.References.Distinct(StringComparer.Ordinal))
        {
            // The SDK facades are already present; a second copy would make every System type ambiguous.
            if (sdkNames.Contains(Path.GetFileName(path))) continue;
            references.Add(MetadataReference.CreateFromFile(path));
        }
        var options = new CSharpCompilationOptions(
                request.Kind == OutputKind.ConsoleProgram ? Microsoft.CodeAnalysis.OutputKind.ConsoleApplication : Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: true,
                checkOverflow: false,
                concurrentBuild: false,
                deterministic: true)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                // "async method lacks await" and similar warnings are not our business here.
                ["CS1998"] = ReportDiagnostic.Suppress,
            });
        return CSharpCompilation.Create("JsProgram", trees, references, options);
    }

    private static IEnumerable<string> SdkReferenceNames() => SdkReferences.Value
        .OfType<PortableExecutableReference>()
        .Select(r => Path.GetFileName(r.FilePath ?? ""));

    private static IReadOnlyList<MetadataReference> LoadSdkReferences()
    {
        var directory = FindReferencePackDirectory();
        IEnumerable<string> files;
        if (directory is not null)
            files = Directory.GetFiles(directory, "*.dll");
        else
            files = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(f => Path.GetFileName(f).StartsWith("System.", StringComparison.Ordinal)
                            || Path.GetFileName(f) is "mscorlib.dll" or "netstandard.dll");
        return files.OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToList();
    }

    /// <summary>packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/ref/net&lt;major&gt;.&lt;minor&gt; beside the running
    /// runtime's dotnet root, preferring the running runtime's version.</summary>
    private static string? FindReferencePackDirectory()
    {
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location);
        if (runtimeDir is null) return null;
        // <root>/shared/Microsoft.NETCore.App/<version>/
        var root = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs)) return null;
        var running = Environment.Version;
        var candidates = Directory.GetDirectories(packs)
            .Select(d => (Dir: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
            .Where(c => c.Version is not null && c.Version.Major == running.Major)
            .OrderByDescending(c => c.Version)
            .ToList();
        foreach (var (dir, _) in candidates)
        {
            var refDir = Path.Combine(dir, "ref", $"net{running.Major}.{running.Minor}");
            if (Directory.Exists(refDir)) return refDir;
        }
        return null;
    }
}
