using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace Kmesh.Release.Tests;

/// <summary>`npm run package` as the release is made: reproducible, built from the Release (minified) main.js even
/// when `npm test` left the Debug one in plugin-dist, and in agreement with the committed Artifact Hub metadata.</summary>
[Collection(ReleaseCollection.Name)]
public sealed class ReleasePackageTests
{
    private readonly ReleaseBuilds _builds;

    public ReleasePackageTests(ReleaseBuilds builds) => _builds = builds;

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public void TwoBuildsGiveTheSameArchiveBytesChecksumAndSha256File()
    {
        byte[] first = File.ReadAllBytes(_builds.First.Archive);
        byte[] second = File.ReadAllBytes(_builds.Second.Archive);

        Assert.True(first.SequenceEqual(second), "two builds of the same sources gave different archives: the build or the archive is not reproducible");
        string sha = Sha256(first);
        Assert.Contains($"sha256: {sha}", _builds.First.Stdout);
        Assert.Contains($"sha256: {sha}", _builds.Second.Stdout);
        string shaFile = File.ReadAllText(_builds.First.Archive + ".sha256");
        Assert.Equal($"{sha}  {Path.GetFileName(_builds.First.Archive)}\n", shaFile);
    }

    [Fact]
    public void TheCommittedArtifactHubFilesAreWhatTheBuildProduces()
    {
        var generated = _builds.First.GeneratedFiles().Order(StringComparer.Ordinal).ToList();
        string versionDir = $"artifacthub/{ReleaseConfig.Name}/{ReleaseConfig.Version}";
        Assert.Equal(new[] { "artifacthub-pkg.yml", "artifacthub/artifacthub-repo.yml", $"{versionDir}/README.md", $"{versionDir}/artifacthub-pkg.yml" }
            .Order(StringComparer.Ordinal), generated);

        foreach (string relative in generated)
        {
            string built = File.ReadAllText(_builds.First.Metadata(relative));
            Assert.Equal(built, File.ReadAllText(_builds.Second.Metadata(relative)));
            string committedPath = Repository.PathOf(relative);
            string? committed = File.Exists(committedPath) ? File.ReadAllText(committedPath) : null;
            Assert.True(committed == built,
                $"{relative} is not what the build produces (main.js, headlamp-plugin.config.js, CHANGELOG.md or docs/artifacthub-readme.md changed): " +
                $"run `{ReleaseBuilds.RegenerateCommand}` and commit the regenerated files.\n{FirstDifference(committed ?? "(missing)", built)}");
        }
    }

    [Fact]
    public void TheMetadataCarriesTheArchivesChecksumAndUrl()
    {
        string yml = File.ReadAllText(_builds.First.Metadata("artifacthub-pkg.yml"));
        string sha = Sha256(File.ReadAllBytes(_builds.First.Archive));

        Assert.Contains($"  headlamp/plugin/archive-checksum: \"sha256:{sha}\"\n", yml);
        Assert.Contains($"  headlamp/plugin/archive-url: \"{ReleaseConfig.ArchiveUrl}\"\n", yml);
        Assert.EndsWith($"/{ReleaseConfig.Name}-{ReleaseConfig.Version}.tar.gz", ReleaseConfig.ArchiveUrl);
    }

    [Fact]
    public void TheArchiveHoldsTheMinifiedReleaseMainJsNotTheDebugOneTheTestBuildLeft()
    {
        var entries = ArchiveEntries.Read(_builds.First.Archive);
        string folder = ReleaseConfig.Folder;
        Assert.Equal(new[]
        {
            $"{folder}/", $"{folder}/main.js", $"{folder}/package.json",
            $"{folder}/locales/", $"{folder}/locales/en/", $"{folder}/locales/en/translation.json",
            $"{folder}/locales/zh/", $"{folder}/locales/zh/translation.json",
        }, entries.Select(e => e.Name));
        // The translations Headlamp loads from the installed folder are the repository's locale files.
        Assert.Equal(File.ReadAllText(Repository.PathOf("locales/zh/translation.json")), Encoding.UTF8.GetString(entries[7].Data));
        string shipped = Encoding.UTF8.GetString(entries[1].Data);
        Assert.Equal(File.ReadAllText(_builds.First.BuiltMainJs), shipped);

        // Building this test project built the plugin in Debug into plugin-dist/, as `npm test` does.
        string debugPath = Repository.PathOf("plugin-dist/main.js");
        Assert.True(File.Exists(debugPath), "the Debug build should have written " + debugPath);
        string debug = File.ReadAllText(debugPath);
        int IndentedLines(string js) => Regex.Matches(js, @"^[ \t]+\S", RegexOptions.Multiline).Count;
        Assert.True(IndentedLines(debug) > 100, "plugin-dist/main.js should be the readable Debug build here");
        // esbuild writes a string holding newlines as a template literal, so a few minified lines may start indented.
        int Lines(string js) => js.Split('\n').Length;
        Assert.True(Lines(shipped) * 100 < Lines(debug), $"shipped main.js has {Lines(shipped)} lines: not minified (the Debug one has {Lines(debug)})");
        Assert.True(shipped.Length < debug.Length, $"shipped main.js ({shipped.Length} bytes) is not smaller than the Debug one ({debug.Length})");
    }

    private static string FirstDifference(string committed, string built)
    {
        string[] a = committed.Split('\n'), b = built.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string x = i < a.Length ? a[i] : "(end)", y = i < b.Length ? b[i] : "(end)";
            if (x != y) return $"line {i + 1}:\n  committed: {x}\n  built:     {y}";
        }
        return "";
    }
}
