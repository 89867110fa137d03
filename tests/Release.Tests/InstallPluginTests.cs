using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace Kmesh.Release.Tests;

/// <summary>`npm run install-plugin` builds the Release plugin itself, so what lands in Headlamp's plugins folder is the
/// minified main.js the release archive holds, never the Debug one `npm test` leaves in plugin-dist/.</summary>
[Collection(ReleaseCollection.Name)]
public sealed class InstallPluginTests
{
    private readonly ReleaseBuilds _builds;

    public InstallPluginTests(ReleaseBuilds builds) => _builds = builds;

    [Fact]
    public void InstallPluginCopiesTheReleaseBuildIntoHeadlampsPluginsFolder()
    {
        string plugins = Path.Combine(_builds.Temp, "headlamp-plugins");

        var result = ProcessRun.Run("node", new[] { Repository.PathOf("scripts/plugin/install.js") }, Repository.Root,
            new Dictionary<string, string> { ["HEADLAMP_PLUGINS_DIR"] = plugins });

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("-c Release", result.Stdout);
        string folder = Path.Combine(plugins, ReleaseConfig.Folder);
        Assert.Equal(new[] { "main.js", "package.json" }, Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        string installed = File.ReadAllText(Path.Combine(folder, "main.js"));
        Assert.Equal(File.ReadAllText(_builds.First.BuiltMainJs), installed);
        Assert.NotEqual(File.ReadAllText(Repository.PathOf("plugin-dist/main.js")), installed);
    }
}
