using System.Text;
using Kmesh.Model.Json;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>Indented JSON text of a parsed value, for "show the full JSON of this row".</summary>
public static class JsonPretty
{
    /// <summary>The indented text, or, for arrays and objects nested deeper than <see cref="JsonLimits.MaxDepth"/> (the
    /// platform parsed them, but this walk recurses and would indent them off the page), the sentence saying so.</summary>
    public static string Format(JsonValue value)
    {
        var sb = new StringBuilder();
        int maxDepth = JsonLimits.Default.MaxDepth;
        return Write(sb, value, 0, maxDepth) ? sb.ToString() : JsonSyntax.TooDeep(maxDepth);
    }

    private static void Indent(StringBuilder sb, int depth)
    {
        sb.Append('\n');
        for (int i = 0; i < depth; i++) sb.Append("  ");
    }

    /// <summary>False, with the text unfinished, when an array or object sits inside <paramref name="maxDepth"/> others.</summary>
    private static bool Write(StringBuilder sb, JsonValue value, int depth, int maxDepth)
    {
        JsonKind kind = value.Kind;
        if ((kind == JsonKind.Array || kind == JsonKind.Object) && depth == maxDepth) return false;
        switch (kind)
        {
            case JsonKind.Null:
                sb.Append("null");
                break;
            case JsonKind.Bool:
                sb.Append(value.Bool ? "true" : "false");
                break;
            case JsonKind.Number:
                sb.Append(value.NumberText);
                break;
            case JsonKind.String:
                WriteString(sb, value.String);
                break;
            case JsonKind.Array:
                if (value.Count == 0) { sb.Append("[]"); break; }
                sb.Append('[');
                for (int i = 0; i < value.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    Indent(sb, depth + 1);
                    if (!Write(sb, value.Items[i], depth + 1, maxDepth)) return false;
                }
                Indent(sb, depth);
                sb.Append(']');
                break;
            default:
                if (value.Count == 0) { sb.Append("{}"); break; }
                sb.Append('{');
                for (int i = 0; i < value.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    Indent(sb, depth + 1);
                    WriteString(sb, value.NameAt(i));
                    sb.Append(": ");
                    if (!Write(sb, value.ValueAt(i), depth + 1, maxDepth)) return false;
                }
                Indent(sb, depth);
                sb.Append('}');
                break;
        }
        return true;
    }

    private static void WriteString(StringBuilder sb, string text)
    {
        sb.Append('"');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '"') sb.Append("\\\"");
            else if (c == '\\') sb.Append("\\\\");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c < 0x20) sb.Append("\\u00").Append(((int)c).ToString("X2"));
            else sb.Append(c);
        }
        sb.Append('"');
    }
}
