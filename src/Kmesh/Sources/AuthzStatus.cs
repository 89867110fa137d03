using Kmesh.Model.Json;

namespace Kmesh.Model.Sources;

/// <summary>Admin <c>GET /authz</c> → <c>{"enabled": true}</c>; only with upstream PR #1899 (master answers 405).</summary>
public sealed record AuthzStatus(bool Enabled)
{
    public static Parsed<AuthzStatus> Read(string? text) => JsonSource.Read(text, (reader, root) =>
    {
        reader.RequireObject(root, JsonPath.Root);
        return new AuthzStatus(reader.Bool(root, "enabled", JsonPath.Root));
    });
}
