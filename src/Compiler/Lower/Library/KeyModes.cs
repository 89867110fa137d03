using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CSharpToJs.Lower.Library;

/// <summary>How keys of a Dictionary/HashSet/GroupBy/Distinct compare at run time (the <c>$KeyMap</c> modes):
/// 0 JavaScript identity (strings, numbers, enums, bools, classes without Equals), 1 .NET value equality
/// (records, tuples, structs, classes overriding Equals, object), 2 OrdinalIgnoreCase strings.</summary>
internal static class KeyModes
{
    /// <summary>The mode for keys of <paramref name="type"/> compared by .NET's default equality, reporting KJS0002 when
    /// that equality cannot be reproduced: an anonymous type (or one inside the key's type arguments) is a plain
    /// JavaScript object that would compare by identity where .NET compares its properties.</summary>
    public static int For(LibraryCall c, ITypeSymbol type)
    {
        if (HasAnonymous(type))
            c.Context.Error(c.Operation, "KJS0002", $"{type.ToDisplayString()} compared by .NET's default equality (as a key, set element or searched item) is not supported: an anonymous type compares by its properties in .NET and by identity in JavaScript; use a record or a tuple");
        return For(type);
    }

    private static bool HasAnonymous(ITypeSymbol type) => type switch
    {
        INamedTypeSymbol { IsAnonymousType: true } => true,
        INamedTypeSymbol named => named.TypeArguments.Any(HasAnonymous),
        IArrayTypeSymbol array => HasAnonymous(array.ElementType),
        _ => false,
    };

    public static int For(ITypeSymbol type)
    {
        if (JsBuild.IsNullableValue(type, out var inner)) type = inner;
        if (type.TypeKind == TypeKind.Enum) return 0;
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Char:
            case SpecialType.System_Boolean:
                return 0;
        }
        if (JsBuild.IntegerBits(type) is not null) return 0;
        if (type.IsTupleType || type.IsRecord || type.TypeKind is TypeKind.Struct or TypeKind.TypeParameter or TypeKind.Interface) return 1;
        if (type.SpecialType == SpecialType.System_Object) return 1;
        for (var t = type as INamedTypeSymbol; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            if (t.GetMembers("Equals").OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Parameters.Length == 1)) return 1;
        }
        return 0;
    }

    /// <summary>The key equality ($KeyMap's spec) for keys of <paramref name="keyType"/> compared by the
    /// IEqualityComparer argument at <paramref name="index"/>: null (default) gives the type's mode;
    /// StringComparer.Ordinal/OrdinalIgnoreCase their modes; any other comparer is the comparer object itself
    /// (its $cmpEq/$cmpHash), or the type's mode when it is null at run time.</summary>
    public static JsExpr WithComparer(LibraryCall c, int index, ITypeSymbol keyType) => KnownMode(c, index, keyType) is { } mode
        ? JsBuild.Num(mode)
        : Js.Bin("??", c[index], JsBuild.Num(For(c, keyType)));

    /// <summary>The $KeyMap mode of a comparer argument known at compile time (absent, null, default, a
    /// StringComparer property), else null.</summary>
    public static int? KnownMode(LibraryCall c, int index, ITypeSymbol keyType) => c.ArgOperation(index) switch
    {
        null or ILiteralOperation { ConstantValue: { HasValue: true, Value: null } } or IDefaultValueOperation => For(c, keyType),
        IPropertyReferenceOperation { Property: { Name: "Ordinal" or "InvariantCulture" or "CurrentCulture", ContainingType.Name: "StringComparer" } } => 0,
        IPropertyReferenceOperation { Property: { Name: "OrdinalIgnoreCase" or "InvariantCultureIgnoreCase" or "CurrentCultureIgnoreCase", ContainingType.Name: "StringComparer" } } => 2,
        _ => null,
    };

    /// <summary><c>$contains(source, value, comparer)</c> for Contains(source, value, comparer) with the value at
    /// argument 1 and the comparer at <paramref name="comparerIndex"/>.</summary>
    public static JsExpr Contains(LibraryCall c, JsExpr source, int comparerIndex, ITypeSymbol element) => KnownMode(c, comparerIndex, element) switch
    {
        2 => c.Call("$contains", source, c[1], JsBuild.Bool(true)),
        0 or 1 => c.Call("$contains", source, c[1], JsBuild.Bool(false)),
        _ => c.Call("$contains", source, c[1], c[comparerIndex]),
    };

    /// <summary>A comparer argument as a JavaScript comparison function: null/default gives undefined (the helper's
    /// default comparer); an IComparer object gives <c>(a, b) => comparer.Compare(a, b)</c>.</summary>
    public static JsExpr Comparison(LibraryCall c, int index)
    {
        var argument = c.ArgOperation(index);
        if (argument is null or ILiteralOperation { ConstantValue: { HasValue: true, Value: null } } or IDefaultValueOperation)
            return JsBuild.Undefined;
        var comparer = c[index];
        if (comparer is not (JsIdentifier or JsMember))
        {
            var temp = c.Context.Temp();
            var a1 = new JsIdentifier("$a");
            var b1 = new JsIdentifier("$b");
            return new JsSequence([new JsAssign(temp, comparer), new JsArrow([a1, b1], Js.CallMethod(temp, "Compare", a1, b1))]);
        }
        var a = new JsIdentifier("$a");
        var b = new JsIdentifier("$b");
        return new JsArrow([a, b], Js.CallMethod(comparer, "Compare", a, b));
    }
}
