using System;
using System.IO;

namespace Kmesh.EndToEnd.Tests.Browser;

/// <summary>Where the built plugin and page live, found from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string PluginDist => Path.Combine(Root, "plugin-dist");
    public static string PageDist => Path.Combine(Root, "src", "Preview", "page", "dist");
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(Root, "artifacts", "screenshots")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KmeshHeadlampPlugin.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"KmeshHeadlampPlugin.sln not found above {AppContext.BaseDirectory}");
    }
}
