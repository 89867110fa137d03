using System;
using System.Collections.Generic;
using System.IO;
using Xunit;

namespace Kmesh.Release.Tests;

/// <summary>`npm run package` run twice, each into its own folder with its own copy of the generated Artifact Hub files
/// (the repository's committed files are never written). Shared by the tests of <see cref="ReleaseCollection"/>.</summary>
public sealed class ReleaseBuilds : IDisposable
{
    public const string RegenerateCommand = "npm run package";

    private readonly string _temp = Directory.CreateTempSubdirectory("kmesh-release-").FullName;

    public ReleaseBuilds()
    {
        First = Package("first");
        Second = Package("second");
    }

    public PackageRun First { get; }
    public PackageRun Second { get; }
    public string Temp => _temp;

    private PackageRun Package(string name)
    {
        string outDir = Path.Combine(_temp, name);
        string metadataRoot = Path.Combine(_temp, name + "-metadata");
        var result = ProcessRun.Run("node",
            new[] { Repository.PathOf("scripts/plugin/package.js"), "--out", outDir, "--metadata-root", metadataRoot },
            Repository.Root);
        if (result.ExitCode != 0) throw new InvalidOperationException($"{RegenerateCommand} failed: {result.Describe()}");
        return new PackageRun(outDir, metadataRoot, result.Stdout);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}

public sealed record PackageRun(string OutDir, string MetadataRoot, string Stdout)
{
    public string Archive => Path.Combine(OutDir, $"{ReleaseConfig.Name}-{ReleaseConfig.Version}.tar.gz");
    public string BuiltMainJs => Path.Combine(OutDir, ReleaseConfig.Name, "main.js");
    public string Metadata(string relative) => Path.Combine(MetadataRoot, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The generated files, relative paths with '/'.</summary>
    public IEnumerable<string> GeneratedFiles()
    {
        foreach (string file in Directory.EnumerateFiles(MetadataRoot, "*", SearchOption.AllDirectories))
        {
            yield return Path.GetRelativePath(MetadataRoot, file).Replace(Path.DirectorySeparatorChar, '/');
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ReleaseCollection : ICollectionFixture<ReleaseBuilds>
{
    public const string Name = "release builds";
}
