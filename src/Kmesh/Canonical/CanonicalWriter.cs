using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kmesh.Model.Canonical;

/// <summary>Builds the canonical text: one <c>key: value</c> per line, two spaces of indent per level, strings
/// quoted with explicit escapes, numbers in one fixed form. Identical natively and compiled to JavaScript.</summary>
public sealed class CanonicalWriter
{
    private readonly StringBuilder text = new StringBuilder();
    private int depth;

    public override string ToString() => text.ToString();

    private void Indent()
    {
        for (int i = 0; i < depth; i++) text.Append("  ");
    }

    public CanonicalWriter Value(string key, string? value)
    {
        Indent();
        text.Append(key).Append(": ").Append(value is null ? "null" : Quote(value)).Append('\n');
        return this;
    }

    public CanonicalWriter Int(string key, int value)
    {
        Indent();
        text.Append(key).Append(": ").Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return this;
    }

    public CanonicalWriter MaybeInt(string key, int? value)
    {
        Indent();
        text.Append(key).Append(": ").Append(value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return this;
    }

    public CanonicalWriter Number(string key, double value)
    {
        Indent();
        text.Append(key).Append(": ").Append(FormatNumber(value)).Append('\n');
        return this;
    }

    public CanonicalWriter Flag(string key, bool value)
    {
        Indent();
        text.Append(key).Append(": ").Append(value ? "true" : "false").Append('\n');
        return this;
    }

    public CanonicalWriter Strings(string key, IReadOnlyList<string> values)
    {
        Indent();
        text.Append(key).Append(": [");
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0) text.Append(", ");
            text.Append(Quote(values[i]));
        }
        text.Append("]\n");
        return this;
    }

    public CanonicalWriter Ints(string key, IReadOnlyList<int> values)
    {
        Indent();
        text.Append(key).Append(": [");
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0) text.Append(", ");
            text.Append(values[i].ToString(CultureInfo.InvariantCulture));
        }
        text.Append("]\n");
        return this;
    }

    /// <summary>Opens a nested block: <c>key:</c> then deeper lines until <see cref="End"/>.</summary>
    public CanonicalWriter Begin(string key)
    {
        Indent();
        text.Append(key).Append(":\n");
        depth++;
        return this;
    }

    public CanonicalWriter End()
    {
        depth--;
        return this;
    }

    /// <summary>A nested block per item, named <c>key[i]</c>.</summary>
    public CanonicalWriter Each<T>(string key, IReadOnlyList<T> items, System.Action<CanonicalWriter, T> write)
    {
        if (items.Count == 0)
        {
            Indent();
            text.Append(key).Append(": []\n");
            return this;
        }
        for (int i = 0; i < items.Count; i++)
        {
            Begin($"{key}[{i}]");
            write(this, items[i]);
            End();
        }
        return this;
    }

    public static string Quote(string value)
    {
        var sb = new StringBuilder();
        sb.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '"') sb.Append("\\\"");
            else if (c == '\\') sb.Append("\\\\");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c < ' ' || c == '\u007f') sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        sb.Append('"');
        return sb.ToString();
    }

    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "+Inf";
        if (double.IsNegativeInfinity(value)) return "-Inf";
        if (value == System.Math.Floor(value) && value <= 9007199254740992.0 && value >= -9007199254740992.0)
        {
            return Json.JsonValue.IntegerText(value);
        }
        return value.ToString(CultureInfo.InvariantCulture);
    }
}
