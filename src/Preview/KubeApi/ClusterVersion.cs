using System.Text.Json.Nodes;

namespace Kmesh.Preview.KubeApi;

/// <summary>The simulated API server's <c>/version</c> (a kind v1.32 cluster).</summary>
public static class ClusterVersion
{
    public static JsonObject Document() => new()
    {
        ["major"] = "1",
        ["minor"] = "32",
        ["gitVersion"] = "v1.32.2",
        ["gitCommit"] = "67a30c0adcf52bd3f56ff0893ce19966be12991f",
        ["gitTreeState"] = "clean",
        ["buildDate"] = "2025-02-12T21:19:47Z",
        ["goVersion"] = "go1.23.6",
        ["compiler"] = "gc",
        ["platform"] = "linux/amd64",
    };
}
