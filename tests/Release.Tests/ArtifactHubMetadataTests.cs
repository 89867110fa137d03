using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;
using YamlDotNet.Serialization;

namespace Kmesh.Release.Tests;

/// <summary>The committed Artifact Hub metadata is complete (what the official Headlamp plugins publish, and more), and
/// every file it points at by URL is committed in the repository at the path the URL names.</summary>
public sealed class ArtifactHubMetadataTests
{
    private static readonly string[] ChangeKinds = { "added", "changed", "deprecated", "removed", "fixed", "security" };

    private static Dictionary<string, object> Load(string relative) =>
        new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(File.ReadAllText(Repository.PathOf(relative)));

    private static string Str(Dictionary<string, object> map, string key) =>
        map.TryGetValue(key, out object? v) && v is string s && s.Length > 0 ? s : throw new Xunit.Sdk.XunitException($"\"{key}\" is missing or empty");

    private static List<Dictionary<object, object>> Items(Dictionary<string, object> map, string key) =>
        ((List<object>)map[key]).Cast<Dictionary<object, object>>().ToList();

    /// <summary>The repository file a raw URL of this release names.</summary>
    private static string RepositoryFileOf(string url)
    {
        Assert.StartsWith(ReleaseConfig.RawUrl, url);
        return Repository.PathOf(url[ReleaseConfig.RawUrl.Length..]);
    }

    [Fact]
    public void PackageMetadataHasEveryFieldArtifactHubShows()
    {
        var pkg = Load("artifacthub-pkg.yml");

        Assert.Equal(ReleaseConfig.Version, Str(pkg, "version"));
        Assert.Equal(ReleaseConfig.Name, Str(pkg, "name"));
        foreach (string key in new[] { "displayName", "description", "license", "homeURL", "install", "category" }) Str(pkg, key);
        Assert.True(DateTime.TryParseExact(Str(pkg, "createdAt"), "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        Assert.NotEmpty((List<object>)pkg["keywords"]);
        var links = Items(pkg, "links").ToDictionary(l => (string)l["name"], l => (string)l["url"]);
        Assert.Equal(Str(pkg, "homeURL"), links["Source"]);
        Assert.Equal(Str(pkg, "homeURL") + "/issues", links["Issues"]);
        Assert.NotEmpty(Items(pkg, "maintainers"));
        var changes = Items(pkg, "changes");
        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.Contains((string)c["kind"], ChangeKinds));
        var annotations = (Dictionary<object, object>)pkg["annotations"];
        Assert.Equal(ReleaseConfig.ArchiveUrl, annotations["headlamp/plugin/archive-url"]);
        Assert.Matches("^sha256:[0-9a-f]{64}$", (string)annotations["headlamp/plugin/archive-checksum"]);
        Assert.Equal(ReleaseConfig.HeadlampCompat, annotations["headlamp/plugin/version-compat"]);
        Assert.Equal("in-cluster,web,desktop,docker-desktop", annotations["headlamp/plugin/distro-compat"]);
    }

    [Fact]
    public void TheLogoIsACommittedSvg()
    {
        string file = RepositoryFileOf(Str(Load("artifacthub-pkg.yml"), "logoURL"));

        Assert.Equal(Repository.PathOf(ReleaseConfig.Logo), file);
        XElement svg = XDocument.Load(file).Root!;
        Assert.Equal("{http://www.w3.org/2000/svg}svg", svg.Name.ToString());
        Assert.NotNull(svg.Attribute("viewBox"));
    }

    [Fact]
    public void ScreenshotsAreCommittedPngsOfTheViews()
    {
        var screenshots = Items(Load("artifacthub-pkg.yml"), "screenshots");

        Assert.Equal(ReleaseConfig.Screenshots.Count, screenshots.Count);
        Assert.True(screenshots.Count >= 4, "one screenshot per view at least");
        foreach (var shot in screenshots)
        {
            Assert.False(string.IsNullOrWhiteSpace((string)shot["title"]));
            string file = RepositoryFileOf((string)shot["url"]);
            Assert.True(File.Exists(file), $"{shot["url"]} names {file}, which is not in the repository");
            byte[] bytes = File.ReadAllBytes(file);
            Assert.True(bytes.Take(8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), file + " is not a PNG");
            int width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
            Assert.True(width >= 1000, $"{file} is {width} px wide: take it at desktop size");
        }
    }

    [Fact]
    public void TheVersionedFolderHoldsThisVersionsMetadataAndTheUserReadme()
    {
        string folder = $"artifacthub/{ReleaseConfig.Name}/{ReleaseConfig.Version}";

        Assert.Equal(File.ReadAllText(Repository.PathOf("artifacthub-pkg.yml")), File.ReadAllText(Repository.PathOf($"{folder}/artifacthub-pkg.yml")));
        Assert.Equal(File.ReadAllText(Repository.PathOf("docs/artifacthub-readme.md")), File.ReadAllText(Repository.PathOf($"{folder}/README.md")));
        var repo = Load("artifacthub/artifacthub-repo.yml");
        Assert.NotEmpty(Items(repo, "owners"));
        // Earlier versions keep their folders: each holds a parseable metadata file of its own version.
        foreach (string dir in Directory.GetDirectories(Repository.PathOf($"artifacthub/{ReleaseConfig.Name}")))
        {
            var pkg = Load(Path.GetRelativePath(Repository.Root, Path.Combine(dir, "artifacthub-pkg.yml")));
            Assert.Equal(Path.GetFileName(dir), Str(pkg, "version"));
        }
    }

    [Fact]
    public void TheChangesAreTheChangelogEntryOfThisVersion()
    {
        string changelog = File.ReadAllText(Repository.PathOf("CHANGELOG.md"));
        var pkg = Load("artifacthub-pkg.yml");

        var heading = Regex.Match(changelog, $@"^## \[{Regex.Escape(ReleaseConfig.Version)}\] - (\d{{4}}-\d{{2}}-\d{{2}})$", RegexOptions.Multiline);
        Assert.True(heading.Success, $"CHANGELOG.md has no entry for {ReleaseConfig.Version}");
        Assert.Equal(heading.Groups[1].Value + "T00:00:00Z", Str(pkg, "createdAt"));
        foreach (var change in Items(pkg, "changes"))
        {
            string firstWords = string.Join(' ', ((string)change["description"]).Split(' ').Take(6));
            Assert.Contains(firstWords, changelog.Replace("\n  ", " "));
        }
    }
}
