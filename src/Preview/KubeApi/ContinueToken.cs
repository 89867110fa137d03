using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kmesh.Preview.KubeApi;

/// <summary>kube-apiserver's continue token: unpadded base64url of <c>{"v":"meta.k8s.io/v1","rv":N,"start":"key\u0000"}</c>.</summary>
public static class ContinueToken
{
    public static string Encode(long resourceVersion, string lastKey)
    {
        var json = new JsonObject { ["v"] = "meta.k8s.io/v1", ["rv"] = resourceVersion, ["start"] = lastKey + "\u0000" };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToJsonString())).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The key to continue after, or an error worded like the API server's.</summary>
    public static (string? StartAfter, string? Error) Decode(string token)
    {
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var json = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
            var version = json?["v"]?.GetValue<string>();
            var start = json?["start"]?.GetValue<string>();
            if (version != "meta.k8s.io/v1" || string.IsNullOrEmpty(start))
            {
                return (null, "continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
            }
            return (start.TrimEnd('\u0000'), null);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return (null, $"continue key is not valid: {e.Message}");
        }
    }
}
