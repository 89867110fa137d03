using CSharpToJs.Js;
using Microsoft.CodeAnalysis;

namespace CSharpToJs.Lower.Library;

/// <summary>default(T) as JavaScript for the types whose default matters to library results (FirstOrDefault,
/// Find, GetValueOrDefault, TryGetValue's out value): 0 for numbers and chars, false for bool, null otherwise.
/// Enums are numbers; a type parameter's default is null, as the core lowers default(T) in erased generics.
/// Other structs have no mapped default (null result).</summary>
internal static class Defaults
{
    public static JsExpr? Of(ITypeSymbol type)
    {
        if (JsBuild.IsNullableValue(type, out _)) return JsNull.Instance;
        if (type.TypeKind == TypeKind.Enum) return JsBuild.Num(0);
        if (type.SpecialType == SpecialType.System_Boolean) return JsBuild.Bool(false);
        if (type.SpecialType == SpecialType.System_Char || JsBuild.IntegerBits(type) is not null) return JsBuild.Num(0);
        if (type.SpecialType == SpecialType.System_Single || type.SpecialType == SpecialType.System_Decimal) return null;
        if (type.IsReferenceType) return JsNull.Instance;
        if (type.TypeKind == TypeKind.TypeParameter) return JsNull.Instance;
        return null;
    }
}
