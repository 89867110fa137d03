using System;
using System.IO;

namespace CSharpToJs.Benchmarks;

/// <summary>Finds the inputs in the working tree: the benchmark measures whatever the repository holds now.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string HelloPlugin => Path.Combine(Root, "tests", "Compiler.Tests", "Hello");
    public static string Corpus => Path.Combine(Root, "tests", "Compiler.Tests", "Corpus");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KmeshHeadlampPlugin.sln")))
                return dir.FullName;
        throw new InvalidOperationException("KmeshHeadlampPlugin.sln not found above " + AppContext.BaseDirectory);
    }
}
