using System.IO;
using Xunit;

namespace Kmesh.Release.Tests;

/// <summary>`npm start` / `npm test` prepare a fresh clone (npm packages, preview page) without rewriting any tracked file,
/// and a second run finds everything current and installs nothing. Runs on a `git clone` of the committed HEAD.</summary>
public sealed class FreshCloneTests
{
    [Fact]
    public void PreparingAFreshCloneLeavesItsTrackedFilesAsCommittedAndTheSecondRunInstallsNothing()
    {
        string temp = Directory.CreateTempSubdirectory("kmesh-clone-").FullName;
        try
        {
            string clone = Path.Combine(temp, "repo");
            var cloned = ProcessRun.Run("git", new[] { "clone", "--quiet", Repository.Root, clone }, temp);
            Assert.True(cloned.ExitCode == 0, cloned.Describe());

            var first = ProcessRun.Run("node", new[] { "scripts/prepare.mjs" }, clone);
            Assert.True(first.ExitCode == 0, first.Describe());
            Assert.Contains("> npm ci", first.Stdout);
            Assert.Equal("", Status(clone));

            var second = ProcessRun.Run("node", new[] { "scripts/prepare.mjs" }, clone);
            Assert.True(second.ExitCode == 0, second.Describe());
            Assert.Contains("npm packages are up to date", second.Stdout);
            Assert.DoesNotContain("> npm", second.Stdout);
            Assert.Equal("", Status(clone));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static string Status(string clone)
    {
        var status = ProcessRun.Run("git", new[] { "status", "--porcelain" }, clone);
        Assert.Equal(0, status.ExitCode);
        return status.Stdout;
    }
}
