using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace Kmesh.Release.Tests;

/// <summary>
/// Headlamp's own installer (@headlamp-k8s/pluginctl, the code Headlamp desktop and the in-cluster plugin manager run)
/// installs the built archive from the committed artifacthub-pkg.yml: package API → archive-url → sha256 →
/// version-compat → extract with one folder stripped. Its two fetches are answered on 127.0.0.1 by
/// tests/Release.Tests/Node/pluginctl-install.js, which then loads the installed main.js both ways Headlamp runs plugins.
/// </summary>
[Collection(ReleaseCollection.Name)]
public sealed class HeadlampInstallerTests
{
    private readonly ReleaseBuilds _builds;
    private readonly JsonNode _report;
    private readonly string _work;

    public HeadlampInstallerTests(ReleaseBuilds builds)
    {
        _builds = builds;
        _work = Path.Combine(builds.Temp, "pluginctl-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_work);
        var result = ProcessRun.Run("node", new[]
        {
            Repository.PathOf("tests/Release.Tests/Node/pluginctl-install.js"),
            Repository.PathOf("artifacthub-pkg.yml"),
            builds.First.Archive,
            Repository.PathOf("tests/Plugin.Tests/Harness/fake-pluginlib.js"),
            _work,
        }, Repository.Root, new Dictionary<string, string> { ["TMPDIR"] = _work });
        Assert.True(result.ExitCode == 0, result.Describe());
        _report = JsonNode.Parse(result.Stdout)!;
    }

    private JsonNode Install(string headlampVersion) =>
        _report["installs"]!.AsArray().Single(i => i!["headlampVersion"]!.GetValue<string>() == headlampVersion)!;

    [Theory]
    [InlineData("0.42.0")] // the frontend library the tests exercise (@kinvolk/headlamp-plugin 0.14.0)
    [InlineData("0.45.0")]
    public void InstallsIntoAFolderWithMainJsAndPackageJson(string headlampVersion)
    {
        var install = Install(headlampVersion);

        Assert.True(install["ok"]!.GetValue<bool>(), install.ToJsonString());
        Assert.Equal(new[] { "locales", "main.js", "package.json" }, install["files"]!.AsArray().Select(f => f!.GetValue<string>()));
        var pkg = install["packageJson"]!;
        Assert.Equal(ReleaseConfig.Name, pkg["name"]!.GetValue<string>());
        Assert.Equal(ReleaseConfig.Version, pkg["artifacthub"]!["version"]!.GetValue<string>());
        Assert.True(pkg["isManagedByHeadlampPlugin"]!.GetValue<bool>());
        Assert.Equal("^0.14.0", pkg["devDependencies"]!["@kinvolk/headlamp-plugin"]!.GetValue<string>());
        Assert.Equal(new[] { ReleaseConfig.Name }, install["listed"]!.AsArray().Select(n => n!.GetValue<string>()));
        string installed = Path.Combine(_work, $"headlamp-{headlampVersion}", ReleaseConfig.Name, "main.js");
        Assert.Equal(File.ReadAllText(_builds.First.BuiltMainJs), File.ReadAllText(installed));
    }

    [Theory]
    [InlineData("0.41.0")]
    [InlineData("0.26.0")]
    public void RefusesHeadlampVersionsOutsideTheTestedRange(string headlampVersion)
    {
        var install = Install(headlampVersion);

        Assert.False(install["ok"]!.GetValue<bool>());
        Assert.Equal("Headlamp version is not compatible with the plugin", install["error"]!.GetValue<string>());
    }

    [Fact]
    public void RefusesAnArchiveWhoseChecksumDiffers()
    {
        var tampered = _report["tampered"]!;

        Assert.False(tampered["ok"]!.GetValue<bool>());
        Assert.Equal("Checksum mismatch.", tampered["error"]!.GetValue<string>());
    }

    [Fact]
    public void TheInstalledMainJsRegistersTheSameUnderBothOfHeadlampsLoaders()
    {
        var viaFunction = _report["loaders"]!["function"]!;
        var viaStrictEval = _report["loaders"]!["strictEval"]!;

        Assert.True(viaFunction["ok"]!.GetValue<bool>(), viaFunction.ToJsonString());
        Assert.True(viaStrictEval["ok"]!.GetValue<bool>(), viaStrictEval.ToJsonString());
        var sidebar = viaFunction["sidebar"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        var routes = viaFunction["routes"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal("kmesh", sidebar[0]);
        Assert.Contains("kmesh-overview", routes);
        Assert.Equal(sidebar, viaStrictEval["sidebar"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(routes, viaStrictEval["routes"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void OnlyThePackageApiAndTheReleaseArchiveWereFetched()
    {
        var requests = _report["requests"]!.AsArray().Select(r => r!.GetValue<string>()).Distinct().Order().ToList();
        string archivePath = "/github" + new System.Uri(ReleaseConfig.ArchiveUrl).AbsolutePath;

        Assert.Equal(new[] { $"/artifacthub/api/v1/packages/headlamp/kmesh/{ReleaseConfig.Name}", archivePath }.Order(), requests);
    }
}
