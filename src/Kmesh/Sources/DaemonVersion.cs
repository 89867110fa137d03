using Kmesh.Model.Json;

namespace Kmesh.Model.Sources;

/// <summary>Admin <c>GET /version</c>. <see cref="Mode"/> is only present on builds with upstream PR #1899.</summary>
public sealed record DaemonVersion(
    string GitVersion,
    string GitCommit,
    string GitTreeState,
    string BuildDate,
    string GoVersion,
    string Compiler,
    string Platform,
    string? Mode)
{
    public static Parsed<DaemonVersion> Read(string? text) => JsonSource.Read(text, (reader, root) =>
    {
        JsonPath path = JsonPath.Root;
        reader.RequireObject(root, path);
        string? mode = reader.OptionalString(root, "mode", path);
        return new DaemonVersion(
            reader.String(root, "gitVersion", path),
            reader.String(root, "gitCommit", path),
            reader.String(root, "gitTreeState", path),
            reader.String(root, "buildDate", path),
            reader.String(root, "goVersion", path),
            reader.String(root, "compiler", path),
            reader.String(root, "platform", path),
            mode is null || mode.Length == 0 ? null : mode);
    });
}
