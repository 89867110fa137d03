using System.Collections.Generic;

namespace Kmesh.Model.Json;

public enum JsonKind { Null, Bool, Number, String, Array, Object }

/// <summary>One immutable JSON value. A single class (rather than a hierarchy) keeps parsing cheap: one
/// allocation per value, members kept in document order as parallel name/value lists.</summary>
public sealed class JsonValue
{
    private static readonly List<JsonValue> NoItems = new List<JsonValue>();
    private static readonly List<string> NoNames = new List<string>();

    private readonly List<JsonValue> items;
    private readonly List<string> names;
    private readonly string? text;

    private JsonValue(JsonKind kind, int offset, bool boolean, double number, string? text,
        List<string> names, List<JsonValue> items)
    {
        Kind = kind;
        Offset = offset;
        Bool = boolean;
        Number = number;
        this.text = text;
        this.names = names;
        this.items = items;
    }

    public JsonKind Kind { get; }

    /// <summary>Character offset of the value's first character in the parsed text.</summary>
    public int Offset { get; }

    public bool Bool { get; }
    public double Number { get; }

    /// <summary>The string value, or "" for other kinds.</summary>
    public string String => Kind == JsonKind.String && text is not null ? text : "";

    /// <summary>A number's text as written when it may not survive a double (beyond 2^53, fractions,
    /// exponents); otherwise the integer digits.</summary>
    public string NumberText => text ?? IntegerText(Number);

    /// <summary>True when the number is an integer a double holds exactly (|n| ≤ 2^53).</summary>
    public bool IsSafeInteger => Kind == JsonKind.Number && Number == System.Math.Floor(Number)
        && Number <= 9007199254740992.0 && Number >= -9007199254740992.0;

    public int Count => Kind == JsonKind.Array ? items.Count : names.Count;
    public IReadOnlyList<JsonValue> Items => items;
    public IReadOnlyList<string> Names => names;
    public string NameAt(int index) => names[index];
    public JsonValue ValueAt(int index) => items[index];

    public bool IsNull => Kind == JsonKind.Null;

    /// <summary>Member by name: exact match first (the last one wins, as in Go and JavaScript), then an
    /// ASCII case-insensitive match so v1.0.0's capitalised keys (<c>Workloads</c>) are accepted.</summary>
    public JsonValue? Get(string name)
    {
        if (Kind != JsonKind.Object) return null;
        for (int i = names.Count - 1; i >= 0; i--)
        {
            if (names[i] == name) return items[i];
        }
        for (int i = names.Count - 1; i >= 0; i--)
        {
            if (AsciiEqualsIgnoreCase(names[i], name)) return items[i];
        }
        return null;
    }

    public static bool AsciiEqualsIgnoreCase(string a, string b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            int x = a[i];
            int y = b[i];
            if (x == y) continue;
            if (x >= 'A' && x <= 'Z') x += 32;
            if (y >= 'A' && y <= 'Z') y += 32;
            if (x != y) return false;
        }
        return true;
    }

    internal static JsonValue Null(int offset) => new JsonValue(JsonKind.Null, offset, false, 0, null, NoNames, NoItems);
    internal static JsonValue Boolean(int offset, bool value) => new JsonValue(JsonKind.Bool, offset, value, 0, null, NoNames, NoItems);
    internal static JsonValue Num(int offset, double value, string? raw) => new JsonValue(JsonKind.Number, offset, false, value, raw, NoNames, NoItems);
    internal static JsonValue Str(int offset, string value) => new JsonValue(JsonKind.String, offset, false, 0, value, NoNames, NoItems);
    internal static JsonValue Arr(int offset, List<JsonValue> items) => new JsonValue(JsonKind.Array, offset, false, 0, null, NoNames, items);
    internal static JsonValue Obj(int offset, List<string> names, List<JsonValue> values) => new JsonValue(JsonKind.Object, offset, false, 0, null, names, values);

    /// <summary>Digits of an integral double without culture or exponent notation.</summary>
    public static string IntegerText(double value)
    {
        if (value == 0) return "0";
        if (value >= -2147483648.0 && value <= 2147483647.0 && value == System.Math.Floor(value))
        {
            return ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
