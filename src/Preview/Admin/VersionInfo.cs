using System.Text.Json.Nodes;

namespace Kmesh.Preview.Admin;

/// <summary>The daemon's <c>version.Info</c> for each image tag the scenarios run.</summary>
public static class VersionInfo
{
    public static JsonObject For(string imageTag) => imageTag switch
    {
        "v1.1.0" => Info("v1.1.0", "9d4f3c1b7e2a8f6d0c5b4a3e2f1d0c9b8a7e6f5d", "2025-07-18T06:12:40Z", "go1.23.4"),
        _ => Info("v1.2.0", "4c9e2b7d1a0f53e8b6d2c7a9f1e0b3d5c8a7f6e2", "2025-12-02T08:41:17Z", "go1.24.2"),
    };

    private static JsonObject Info(string version, string commit, string buildDate, string goVersion) => new()
    {
        ["gitVersion"] = version,
        ["gitCommit"] = commit,
        ["gitTreeState"] = "clean",
        ["buildDate"] = buildDate,
        ["goVersion"] = goVersion,
        ["compiler"] = "gc",
        ["platform"] = "linux/amd64",
    };
}
