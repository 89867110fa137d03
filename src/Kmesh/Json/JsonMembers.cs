using CSharpToJs.Interop;

namespace Kmesh.Model.Json;

/// <summary>The parts of <see cref="JsonValue"/> written in C# (compiled to JavaScript like the rest of the model and
/// called from <see cref="JsonValue"/>'s templates, hence the fixed JavaScript names).</summary>
public static class JsonMembers
{
    [Name("find")]
    public static JsonValue? Find(JsonValue obj, string name)
    {
        if (obj.Kind != JsonKind.Object) return null;
        if (obj.Has(name)) return obj.Field(name);
        return obj.LastMemberIgnoringCase(name);
    }

    /// <summary>True when no member of <paramref name="obj"/> (an object without a member of exactly this name) has this
    /// name in another ASCII case, or the last that has holds null: the scan behind <see cref="JsonValue.Lacks"/>.</summary>
    [Name("noneIgnoringCase")]
    public static bool NoneIgnoringCase(JsonValue obj, string name)
    {
        JsonValue? other = obj.LastMemberIgnoringCase(name);
        return other is null || other.IsNull;
    }

    [Name("asciiEqualsIgnoreCase")]
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

    [Name("integerText")]
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
