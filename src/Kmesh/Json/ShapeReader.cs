using System;
using System.Collections.Generic;
using Kmesh.Model.Text;

namespace Kmesh.Model.Json;

/// <summary>Typed, tolerant access to parsed JSON for the source readers. Missing members and JSON nulls read as
/// empty values (unknown members are simply never asked for); a member of the wrong type abandons the read
/// with a <see cref="ParseErrorKind.WrongType"/> error that names the path, line and column.</summary>
public sealed class ShapeReader
{
    private static readonly List<JsonValue> NoValues = new List<JsonValue>();
    private readonly string text;

    public ShapeReader(string text) => this.text = text;

    /// <summary>An error at the value <paramref name="path"/> names; the platform's values carry no offsets, so the
    /// text is scanned for it (<see cref="JsonSyntax.Locate"/>) only now, on the error path.</summary>
    public ParseErrorException Error(JsonValue at, JsonPath path, ParseErrorKind kind, string message)
        => new ParseErrorException(ParseError.At(text, JsonSyntax.Locate(text, path), kind, message, path.ToString()));

    /// <summary>The number at <paramref name="path"/> as written in the text (for messages: a double may not hold it).</summary>
    public string Raw(JsonPath path) => JsonSyntax.Token(text, JsonSyntax.Locate(text, path));

    public static string KindName(JsonKind kind) => kind switch
    {
        JsonKind.Null => "null",
        JsonKind.Bool => "a boolean",
        JsonKind.Number => "a number",
        JsonKind.String => "a string",
        JsonKind.Array => "an array",
        _ => "an object",
    };

    private ParseErrorException WrongType(JsonValue at, JsonPath path, string expected)
        => Error(at, path, ParseErrorKind.WrongType, Say.T("expected {{expected}} but found {{found}}", "expected", TypeWords.Of(expected), "found", TypeWords.Of(KindName(at.Kind))));

    public JsonValue RequireObject(JsonValue value, JsonPath path)
    {
        if (value.Kind != JsonKind.Object) throw WrongType(value, path, "an object");
        return value;
    }

    public IReadOnlyList<JsonValue> RequireArray(JsonValue value, JsonPath path)
    {
        if (value.Kind != JsonKind.Array) throw WrongType(value, path, "an array");
        return value.Items;
    }

    /// <summary>The member, or null when it is missing or JSON null.</summary>
    public static JsonValue? Member(JsonValue obj, string name)
    {
        JsonValue? value = obj.Get(name);
        return value is null || value.IsNull ? null : value;
    }

    public JsonValue? Object(JsonValue obj, string name, JsonPath path)
    {
        JsonValue? value = Member(obj, name);
        if (value is null) return null;
        if (value.Kind != JsonKind.Object) throw WrongType(value, path.Field(name), "an object");
        return value;
    }

    public IReadOnlyList<JsonValue> Array(JsonValue obj, string name, JsonPath path)
    {
        JsonValue? value = Member(obj, name);
        if (value is null) return NoValues;
        if (value.Kind != JsonKind.Array) throw WrongType(value, path.Field(name), "an array");
        return value.Items;
    }

    /// <summary>Every item of the array member <paramref name="name"/> as an object, read by <paramref name="read"/>;
    /// null items (Go's nil pointers) are skipped. <paramref name="read"/> must be a pure function of the item: it is
    /// handed the array's path and, only when it fails, called again with the item's own path, so the error names the
    /// item (<c>$.services[2].…</c>) while a successful read builds no path per item (tens of thousands in a dump, and
    /// their garbage was most of the reader's cost in the browser).</summary>
    public IReadOnlyList<T> Objects<T>(JsonValue obj, string name, JsonPath path, Func<JsonValue, JsonPath, T> read) where T : class
    {
        IReadOnlyList<JsonValue> items = Array(obj, name, path);
        JsonPath arrayPath = path.Field(name);
        int count = items.Count;
        // Sized once: a list grown to tens of thousands of entries was copied over and over, garbage made while the
        // parsed document is still live, so every collection it brought on copied the document too.
        var result = new T[count];
        int kept = 0;
        for (int i = 0; i < count; i++)
        {
            JsonValue item = items[i];
            if (item.IsNull) continue;
            if (item.Kind != JsonKind.Object) throw WrongType(item, arrayPath.Item(i), "an object");
            T value;
            try
            {
                value = read(item, arrayPath);
            }
            catch (ParseErrorException)
            {
                value = read(item, arrayPath.Item(i));
            }
            result[kept++] = value;
        }
        return kept == count ? result : result[..kept];
    }

    public string String(JsonValue obj, string name, JsonPath path) => OptionalString(obj, name, path) ?? "";

    public string? OptionalString(JsonValue obj, string name, JsonPath path)
    {
        JsonValue? value = Member(obj, name);
        if (value is null) return null;
        if (value.Kind != JsonKind.String) throw WrongType(value, path.Field(name), "a string");
        return value.String;
    }

    public string StringItem(JsonValue item, JsonPath path)
    {
        if (item.IsNull) return "";
        if (item.Kind != JsonKind.String) throw WrongType(item, path, "a string");
        return item.String;
    }

    /// <summary>The array member of strings (null items read as ""). Read-only: when every item is a string it is,
    /// compiled, the parsed array itself (tens of thousands of these lists in a dump).</summary>
    public IReadOnlyList<string> StringList(JsonValue obj, string name, JsonPath path)
    {
        IReadOnlyList<JsonValue> items = Array(obj, name, path);
        IReadOnlyList<string>? strings = Strings(items);
        if (strings is not null) return strings;
        int count = items.Count;
        var result = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            JsonValue item = items[i];
            if (item.Kind == JsonKind.String) result.Add(item.String);
            else result.Add(StringItem(item, path.Field(name).Item(i)));
        }
        return result;
    }

    /// <summary>The items as strings when every one is a string (compiled: the array itself), else null. With
    /// <see cref="JsonValue.OwnArray"/> the hot-field form of <see cref="StringList"/>:
    /// <c>ShapeReader.Strings(item.OwnArray("services")) ?? reader.StringList(item, "services", path)</c>.</summary>
    public static IReadOnlyList<string>? Strings(IReadOnlyList<JsonValue>? items)
    {
        if (items is null) return null;
        int count = items.Count;
        for (int i = 0; i < count; i++)
        {
            if (items[i].Kind != JsonKind.String) return null;
        }
        return JsonValue.StringsOf(items);
    }

    public bool Bool(JsonValue obj, string name, JsonPath path)
    {
        JsonValue? value = Member(obj, name);
        if (value is null) return false;
        if (value.Kind != JsonKind.Bool) throw WrongType(value, path.Field(name), "a boolean");
        return value.Bool;
    }

    public int Int(JsonValue obj, string name, JsonPath path) => OptionalInt(obj, name, path) ?? 0;

    public int? OptionalInt(JsonValue obj, string name, JsonPath path)
    {
        JsonValue? value = Member(obj, name);
        if (value is null) return null;
        // The common case builds no path: the member's path is only needed for an error.
        if (IsInt32(value)) return (int)value.Number;
        return IntValue(value, path.Field(name));
    }

    /// <summary>A number that is a 32-bit integer.</summary>
    public static bool IsInt32(JsonValue value)
    {
        if (value.Kind != JsonKind.Number) return false;
        double n = value.Number;
        return n == System.Math.Floor(n) && n <= 2147483647.0 && n >= -2147483648.0;
    }

    public int IntValue(JsonValue value, JsonPath path)
    {
        if (value.Kind != JsonKind.Number) throw WrongType(value, path, "an integer");
        double n = value.Number;
        if (n != System.Math.Floor(n) || n > 2147483647.0 || n < -2147483648.0)
        {
            throw Error(value, path, ParseErrorKind.OutOfRange, Say.T("expected a 32-bit integer but found {{value}}", "value", Raw(path)));
        }
        return (int)n;
    }

    /// <summary>A non-negative integer up to 2^53 (uint32 and uint64 counters), kept as a double.</summary>
    public double Count(JsonValue obj, string name, JsonPath path)
    {
        JsonValue? value = Member(obj, name);
        if (value is null) return 0;
        if (value.Kind == JsonKind.String) return CountText(value, path.Field(name));
        if (value.Kind != JsonKind.Number) throw WrongType(value, path.Field(name), "a number");
        if (!value.IsSafeInteger || value.Number < 0)
        {
            throw Error(value, path.Field(name), ParseErrorKind.OutOfRange, Say.T("expected a non-negative integer up to 2^53 but found {{value}}", "value", Raw(path.Field(name))));
        }
        return value.Number;
    }

    /// <summary>protojson writes 64-bit integers as decimal strings ("4294967295").</summary>
    private double CountText(JsonValue value, JsonPath path)
    {
        string digits = value.String;
        double n = 0;
        if (digits.Length == 0 || digits.Length > 16)
        {
            throw Error(value, path, ParseErrorKind.InvalidValue, Say.T("expected a non-negative integer but found \"{{digits}}\"", "digits", digits));
        }
        for (int i = 0; i < digits.Length; i++)
        {
            int c = digits[i];
            if (c < '0' || c > '9')
            {
                throw Error(value, path, ParseErrorKind.InvalidValue, Say.T("expected a non-negative integer but found \"{{digits}}\"", "digits", digits));
            }
            n = n * 10 + (c - '0');
        }
        if (n > 9007199254740992.0)
        {
            throw Error(value, path, ParseErrorKind.OutOfRange, Say.T("expected an integer up to 2^53 but found {{digits}}", "digits", digits));
        }
        return n;
    }

    /// <summary>A protobuf enum: its name, or for values the enum lacks the bare number as text ("6").</summary>
    public string EnumName(JsonValue obj, string name, JsonPath path)
    {
        JsonValue? value = Member(obj, name);
        if (value is null) return "";
        if (value.Kind == JsonKind.String) return value.String;
        if (value.Kind == JsonKind.Number) return value.IsSafeInteger ? JsonValue.IntegerText(value.Number) : Raw(path.Field(name));
        throw WrongType(value, path.Field(name), "an enum name or number");
    }
}
