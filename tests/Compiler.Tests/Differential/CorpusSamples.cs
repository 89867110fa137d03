using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CSharpToJs.Tests.Differential;

/// <summary>The sample programs under Corpus/ (copied next to the test assembly), named by their path relative to
/// Corpus/ with forward slashes, e.g. "numbers/int_overflow_wrap.cs".</summary>
public static class CorpusSamples
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IReadOnlyList<string> All() =>
        Directory.GetFiles(Root, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));
}
