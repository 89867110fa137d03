using System.Collections.Generic;
using System.Text.RegularExpressions;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>The integral types and double: ToString with .NET's invariant formats, Parse/TryParse with .NET's
/// acceptance rules, comparisons and the double classification helpers. float and decimal are not mapped.</summary>
internal sealed partial class NumberLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } =
    [
        "System.SByte", "System.Byte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32",
        "System.Int64", "System.UInt64", "System.Double",
    ];

    /// <summary>NumberStyles bits the parser implements (white space, signs, decimal point, thousands, exponent, hex).</summary>
    private const int SupportedStyles = 1 | 2 | 4 | 8 | 32 | 64 | 128 | 512;

    protected override JsExpr? Text(JsExpr value, ITypeSymbol type, string? format, ILoweringContext context) =>
        NumberText(value, type, format is null ? null : Str(format), context);

    /// <summary>x.ToString() / x.ToString(format) for a number of the given type.</summary>
    public static JsExpr? NumberText(JsExpr value, ITypeSymbol type, JsExpr? format, ILoweringContext context)
    {
        if (IntegerBits(type) is not { } bits) return null;
        if (format is null) return bits > 0 ? Js.Call(Js.Id("String"), value) : Js.Call(context.Helper("$numStr"), value);
        // A format known now picks its helper now: the standard ones never need the custom-format machinery, and
        // digit placeholders alone ("0.##") need none of its parsing.
        if (format is JsString { Value: var text })
        {
            if (StandardFormat().IsMatch(text)) return Js.Call(context.Helper("$fmtStd"), value, format, Num(bits));
            if (PlaceholderFormat().IsMatch(text))
            {
                var point = text.IndexOf('.');
                var whole = point < 0 ? text : text[..point];
                var fraction = point < 0 ? "" : text[(point + 1)..];
                var zero = whole.IndexOf('0');
                return Js.Call(context.Helper("$fmtFixed"), value, Num(bits), Num(zero < 0 ? 0 : whole.Length - zero),
                    Num(fraction.LastIndexOf('0') + 1), Num(fraction.Length));
            }
        }
        return Js.Call(context.Helper("$fmt"), value, format, Num(bits));
    }

    [GeneratedRegex(@"^([A-Za-z]\d{0,9})?$")]
    private static partial Regex StandardFormat();

    /// <summary>Digit placeholders and at most one decimal point, at least one placeholder.</summary>
    [GeneratedRegex(@"^(?=.*[#0])[#0]*(\.[#0]*)?$")]
    private static partial Regex PlaceholderFormat();

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        var type = c.ContainingType;
        var n = MemberKeys.Type(type);
        key = key.Replace("(" + n + ")", "(N)").Replace("," + n + ")", ",N)");
        var isDouble = type.SpecialType == SpecialType.System_Double;
        switch (key)
        {
            case "ToString()": return NumberText(c.This, type, null, c.Context);
            case "ToString(string)": return NumberText(c.This, type, c[0], c.Context);
            case "ToString(IFormatProvider)": return Culture.IsInvariant(c, 0) ? NumberText(c.This, type, null, c.Context) : null;
            case "ToString(string,IFormatProvider)": return Culture.IsInvariant(c, 1) ? NumberText(c.This, type, c[0], c.Context) : null;

            case "Parse(string)": return Parse(c, DefaultStyle(isDouble));
            case "Parse(string,IFormatProvider)": return Culture.IsInvariant(c, 1) ? Parse(c, DefaultStyle(isDouble)) : null;
            case "Parse(string,NumberStyles)": return Style(c, 1) is { } s1 ? Parse(c, s1) : null;
            case "Parse(string,NumberStyles,IFormatProvider)": return Style(c, 1) is { } s2 && Culture.IsInvariant(c, 2) ? Parse(c, s2) : null;
            case "TryParse(string,N)": return TryParse(c, DefaultStyle(isDouble), 1);
            case "TryParse(string,IFormatProvider,N)": return Culture.IsInvariant(c, 1) ? TryParse(c, DefaultStyle(isDouble), 2) : null;
            case "TryParse(string,NumberStyles,IFormatProvider,N)":
                return Style(c, 1) is { } s3 && Culture.IsInvariant(c, 2) ? TryParse(c, s3, 3) : null;

            case "CompareTo(N)":
                // Int16/UInt16/Byte/SByte.CompareTo answer the difference of the values, the wider types the sign.
                return type.SpecialType is SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte
                    ? Js.Bin("-", c.This, c[0])
                    : c.Call("$numCmp", c.This, c[0]);
            case "Equals(N)": return isDouble ? c.Call("$eq", c.This, c[0]) : Js.Bin("===", c.This, c[0]);
            case "Equals(object)":
                // The argument is boxed (see $Box): equal only to a box of the same numeric type; an int is a plain number.
                return type.SpecialType == SpecialType.System_Int32 ? Js.Bin("===", c.This, c[0])
                    : BoxKindName(type) is { } kind ? c.Call("$boxEquals", c.This, Js.Str(kind), c[0]) : null;
            case "IsNaN(N)": return Js.Call(Js.Dot(Js.Id("Number"), "isNaN"), c[0]);
            case "IsFinite(N)": return Js.Call(Js.Dot(Js.Id("Number"), "isFinite"), c[0]);
            case "IsInfinity(N)":
            {
                var (first, again) = c.Twice(c[0]);
                return Js.Bin("||", Js.Bin("===", first, Js.Id("Infinity")), Js.Bin("===", again, new JsUnary("-", Js.Id("Infinity"))));
            }
            case "IsPositiveInfinity(N)": return Js.Bin("===", c[0], Js.Id("Infinity"));
            case "IsNegativeInfinity(N)": return Js.Bin("===", c[0], new JsUnary("-", Js.Id("Infinity")));
            case "IsInteger(N)": return isDouble ? Js.Call(Js.Dot(Js.Id("Number"), "isInteger"), c[0]) : null;
        }
        return null;
    }

    private static int DefaultStyle(bool isDouble) => isDouble ? 1 | 2 | 4 | 32 | 64 | 128 : 1 | 2 | 4;

    /// <summary>A constant NumberStyles argument the parser implements, else null (unsupported).</summary>
    private static int? Style(LibraryCall c, int index) =>
        c.ArgConstant(index) is int style && (style & ~SupportedStyles) == 0 ? style : null;

    /// <summary>The parser's kind code: integer width (negative when unsigned) or 0 for double.</summary>
    public static int Kind(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_SByte => 8,
        SpecialType.System_Byte => -8,
        SpecialType.System_Int16 => 16,
        SpecialType.System_UInt16 => -16,
        SpecialType.System_Int32 => 32,
        SpecialType.System_UInt32 => -32,
        SpecialType.System_Int64 => 64,
        SpecialType.System_UInt64 => -64,
        _ => 0,
    };

    private static JsExpr Parse(LibraryCall c, int style) =>
        c.Call("$parse", c[0], Num(Kind(c.ContainingType)), Num(style), Str(c.ContainingType.MetadataName));

    private static JsExpr TryParse(LibraryCall c, int style, int outIndex) =>
        OutResult.Assign(c, c.Call("$tryParse", c[0], Num(Kind(c.ContainingType)), Num(style)), c[outIndex], Num(0));

    /// <summary>The kind name a boxed value of this numeric type carries at run time (BodyLowering.BoxKind).</summary>
    private static string? BoxKindName(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Double => "double",
        SpecialType.System_Single => "single",
        SpecialType.System_Int64 => "long",
        SpecialType.System_UInt64 => "ulong",
        SpecialType.System_UInt32 => "uint",
        SpecialType.System_Int16 => "short",
        SpecialType.System_UInt16 => "ushort",
        SpecialType.System_Byte => "byte",
        SpecialType.System_SByte => "sbyte",
        _ => null,
    };
}
