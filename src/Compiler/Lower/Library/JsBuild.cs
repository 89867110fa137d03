using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;

namespace CSharpToJs.Lower.Library;

/// <summary>Small JavaScript builders shared by the library mappings.</summary>
internal static class JsBuild
{
    public static readonly JsExpr Undefined = JsUndefined.Instance;
    public static readonly JsExpr Null = JsNull.Instance;

    /// <summary>A char (a UTF-16 code as a number) as a one-character string; constants fold to a literal.</summary>
    public static JsExpr CharToString(JsExpr c) => c is JsNumber n
        ? new JsString(((char)(int)n.Value).ToString())
        : Js.Call(Js.Dot(Js.Id("String"), "fromCharCode"), c);

    /// <summary>"Does this StringComparison ignore case?": odd values do (CurrentCultureIgnoreCase,
    /// InvariantCultureIgnoreCase, OrdinalIgnoreCase); under invariant globalization all are ordinal.</summary>
    public static JsExpr IgnoreCase(LibraryCall call, int index)
    {
        if (call.ArgConstant(index) is int constant) return new JsBool((constant & 1) == 1);
        return Js.Bin("===", Js.Bin("&", call[index], Js.Num(1)), Js.Num(1));
    }

    public static JsExpr Bool(bool value) => new JsBool(value);
    public static JsExpr Num(double value) => new JsNumber(value);
    public static JsExpr Str(string value) => new JsString(value);

    public static JsExpr Arrow(JsIdentifier parameter, JsExpr body) => new JsArrow([parameter], body);

    public static JsExpr ArrayOf(IEnumerable<JsExpr> items) => new JsArray([.. items]);

    /// <summary>Width in bits of an integral type, 0 for floating point (selects .NET's integer formatting rules).</summary>
    public static int? IntegerBits(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_SByte or SpecialType.System_Byte => 8,
        SpecialType.System_Int16 or SpecialType.System_UInt16 => 16,
        SpecialType.System_Int32 or SpecialType.System_UInt32 => 32,
        SpecialType.System_Int64 or SpecialType.System_UInt64 => 64,
        SpecialType.System_Double => 0,
        _ => null,
    };

    public static bool IsNullableValue(ITypeSymbol? type, out ITypeSymbol underlying)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } named)
        {
            underlying = named.TypeArguments[0];
            return true;
        }
        underlying = type!;
        return false;
    }
}
