using System;
using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Kmesh.Plugin.Tests.Harness;
using Xunit;

namespace Kmesh.Plugin.Tests.Packaging;

/// <summary>The build's finishing step and the install-plugin / package scripts, run on a temporary plugin-dist
/// so the tests do not depend on (or change) the repository's own build output and artifacthub-pkg.yml.</summary>
public sealed class PackagingTests : IDisposable
{
    /// <summary>The version headlamp-plugin.config.js releases (the one the package is named and described by).</summary>
    private static readonly string Version = System.Text.RegularExpressions.Regex.Match(
        File.ReadAllText(Path.Combine(PluginHost.RepoRoot, "headlamp-plugin.config.js")), @"\bversion:\s*'([^']+)'").Groups[1].Value;

    private const string MainJs = "(function(){ \"use strict\"; pluginLib.registerSidebarEntry({name: \"kmesh\"}); })();\n";
    private readonly string _temp = Directory.CreateTempSubdirectory("kmesh-packaging-").FullName;
    private string Dist => Path.Combine(_temp, "dist");

    public PackagingTests()
    {
        Directory.CreateDirectory(Dist);
        File.WriteAllText(Path.Combine(Dist, "main.js"), MainJs);
        File.WriteAllText(Path.Combine(Dist, "main.js.br"), "stale");
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static readonly Dictionary<string, string?> NoEnv = new();

    private (int, string, string) FinishBuild() => NodeScript.Run("finish-build.js", new[] { Dist }, NoEnv);

    [Fact]
    public void FinishBuildWritesPackageJsonWithTheHeadlampGateAndPrintsTheSizeFigure()
    {
        var (code, stdout, stderr) = FinishBuild();

        Assert.True(code == 0, stderr);
        var pkg = JsonNode.Parse(File.ReadAllText(Path.Combine(Dist, "package.json")))!;
        Assert.Equal("kmesh-headlamp-plugin", pkg["name"]!.GetValue<string>());
        Assert.Equal(Version, pkg["version"]!.GetValue<string>());
        Assert.Equal("^0.14.0", pkg["devDependencies"]!["@kinvolk/headlamp-plugin"]!.GetValue<string>());
        Assert.Equal(">=0.42.0", pkg["headlamp"]!["compatibility"]!.GetValue<string>());
        // Headlamp loads locales/<lng>/translation.json from the plugin folder for each language listed here.
        Assert.Equal(new[] { "en", "zh" }, pkg["headlamp"]!["i18n"]!.AsArray().Select(l => l!.GetValue<string>()));
        foreach (string lng in new[] { "en", "zh" })
            Assert.Equal(File.ReadAllText(Path.Combine(PluginHost.RepoRoot, "locales", lng, "translation.json")), File.ReadAllText(Path.Combine(Dist, "locales", lng, "translation.json")));
        Assert.False(File.Exists(Path.Combine(Dist, "main.js.br")));
        var figure = System.Text.RegularExpressions.Regex.Match(stdout, @"main\.js: (\d+) bytes, (\d+) bytes gzip");
        Assert.True(figure.Success, stdout);
        Assert.Equal(MainJs.Length, int.Parse(figure.Groups[1].Value));
        int gzip = int.Parse(figure.Groups[2].Value);
        Assert.InRange(gzip, 20, MainJs.Length + 30);
    }

    [Fact]
    public void InstallCopiesIntoTheOverriddenPluginsFolder()
    {
        FinishBuild();
        string plugins = Path.Combine(_temp, "plugins");

        var (code, stdout, stderr) = NodeScript.Run("install.js", new[] { "--prebuilt", Dist }, new Dictionary<string, string?> { ["HEADLAMP_PLUGINS_DIR"] = plugins });

        Assert.True(code == 0, stderr);
        string folder = Path.Combine(plugins, "kmesh-headlamp-plugin");
        Assert.Equal(MainJs, File.ReadAllText(Path.Combine(folder, "main.js")));
        Assert.True(File.Exists(Path.Combine(folder, "package.json")));
        Assert.Equal(new[] { "main.js", "package.json" }, Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        Assert.Contains(folder, stdout);
    }

    [Fact]
    public void InstallUsesHeadlampsLinuxDesktopFolderByDefault()
    {
        FinishBuild();
        string home = Path.Combine(_temp, "home");
        Directory.CreateDirectory(home);

        var (code, stdout, stderr) = NodeScript.Run("install.js", new[] { "--prebuilt", Dist },
            new Dictionary<string, string?> { ["HOME"] = home, ["HEADLAMP_PLUGINS_DIR"] = null, ["XDG_CONFIG_HOME"] = null });

        Assert.True(code == 0, stderr);
        string folder = Path.Combine(home, ".config", "Headlamp", "plugins", "kmesh-headlamp-plugin");
        Assert.True(File.Exists(Path.Combine(folder, "main.js")), stdout);
    }

    [Fact]
    public void InstallRefusesWhenThePluginWasNotBuilt()
    {
        File.Delete(Path.Combine(Dist, "main.js"));

        var (code, _, stderr) = NodeScript.Run("install.js", new[] { "--prebuilt", Dist },
            new Dictionary<string, string?> { ["HEADLAMP_PLUGINS_DIR"] = Path.Combine(_temp, "plugins") });

        Assert.NotEqual(0, code);
        Assert.Contains("the plugin was not built", stderr);
    }

    [Fact]
    public void PackageWritesOneTopFolderArchiveAndAConsistentArtifactHubFile()
    {
        FinishBuild();
        string outDir = Path.Combine(_temp, "out");
        string metadata = Path.Combine(_temp, "metadata");
        string yml = Path.Combine(metadata, "artifacthub-pkg.yml");

        var (code, stdout, stderr) = NodeScript.Run("package.js", new[] { "--prebuilt", Dist, "--out", outDir, "--metadata-root", metadata }, NoEnv);

        Assert.True(code == 0, stderr);
        string archive = Path.Combine(outDir, $"kmesh-headlamp-plugin-{Version}.tar.gz");
        string sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(archive)));
        Assert.Contains($"sha256: {sha}", stdout);

        var entries = new List<(string Name, TarEntryType Type, string Content)>();
        using (var gzip = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress))
        using (var reader = new TarReader(gzip))
        {
            while (reader.GetNextEntry() is TarEntry entry)
            {
                string content = entry.DataStream is null ? "" : new StreamReader(entry.DataStream).ReadToEnd();
                entries.Add((entry.Name, entry.EntryType, content));
            }
        }
        Assert.Equal(new[]
        {
            "kmesh-headlamp-plugin/", "kmesh-headlamp-plugin/main.js", "kmesh-headlamp-plugin/package.json",
            "kmesh-headlamp-plugin/locales/", "kmesh-headlamp-plugin/locales/en/", "kmesh-headlamp-plugin/locales/en/translation.json",
            "kmesh-headlamp-plugin/locales/zh/", "kmesh-headlamp-plugin/locales/zh/translation.json",
        }, entries.Select(e => e.Name));
        Assert.Equal(TarEntryType.Directory, entries[0].Type);
        Assert.Equal(MainJs, entries[1].Content);
        Assert.Equal("kmesh-headlamp-plugin", JsonNode.Parse(entries[2].Content)!["name"]!.GetValue<string>());

        string[] lines = File.ReadAllLines(yml);
        Assert.Contains($"version: \"{Version}\"", lines);
        Assert.Contains($"  headlamp/plugin/archive-checksum: \"sha256:{sha}\"", lines);
        Assert.Contains($"  headlamp/plugin/archive-url: \"https://github.com/kmesh-net/kmesh-headlamp-plugin/releases/download/v{Version}/kmesh-headlamp-plugin-{Version}.tar.gz\"", lines);
        Assert.Contains("  headlamp/plugin/version-compat: \">=0.42.0\"", lines);
        Assert.Contains("  headlamp/plugin/distro-compat: \"in-cluster,web,desktop,docker-desktop\"", lines);
    }

    [Fact]
    public void PackagingTheSameBuildTwiceGivesTheSameChecksum()
    {
        FinishBuild();
        string[] args = { "--prebuilt", Dist, "--out", Path.Combine(_temp, "out"), "--metadata-root", Path.Combine(_temp, "metadata") };

        var first = NodeScript.Run("package.js", args, NoEnv);
        File.SetLastWriteTimeUtc(Path.Combine(Dist, "main.js"), DateTime.UtcNow.AddHours(1));
        var second = NodeScript.Run("package.js", args, NoEnv);

        string Sha(string stdout) => stdout.Split('\n').Single(l => l.StartsWith("sha256: ")).Trim();
        Assert.Equal(Sha(first.Stdout), Sha(second.Stdout));
    }

    [Fact]
    public void PackageRefusesAStalePackageJson()
    {
        FinishBuild();
        string pkgPath = Path.Combine(Dist, "package.json");
        File.WriteAllText(pkgPath, File.ReadAllText(pkgPath).Replace($"\"{Version}\"", "\"0.0.9\""));

        var (code, _, stderr) = NodeScript.Run("package.js",
            new[] { "--prebuilt", Dist, "--out", Path.Combine(_temp, "out"), "--metadata-root", Path.Combine(_temp, "metadata") }, NoEnv);

        Assert.NotEqual(0, code);
        Assert.Contains("rebuild", stderr);
    }
}
