using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kmesh.Preview.KubeApi;

/// <summary>Compact JSON escaped like Go's encoding/json (quotes as \", non-ASCII kept) rather than .NET's HTML-safe default.</summary>
public static class WireJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Bytes(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, Options);
}
