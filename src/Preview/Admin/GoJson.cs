using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kmesh.Preview.Admin;

/// <summary>
/// JSON text laid out like Go's <c>json.MarshalIndent(v, "", indent)</c>: <c>"key": value</c>, <c>[]</c>/<c>{}</c> when empty,
/// no trailing newline, and no escaping of non-ASCII characters.
/// </summary>
public static class GoJson
{
    public static byte[] Indented(JsonNode? node, int indentSize)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = indentSize,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }
        }
        return stream.ToArray();
    }
}
