using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>System.Tuple (Tuple.Create, new Tuple&lt;…&gt;, ToTuple, Deconstruct) as a <c>$Tuple</c>: the items, the
/// constructed type's name (Equals is false across different type arguments, as in .NET) and, per item, the kind
/// its boxed value has (so a char prints as a character, an enum by name, and hash codes and CompareTo follow the
/// item's .NET type). Item types the tuple cannot keep typed once it is an object are KJS0125 where it is made.</summary>
internal sealed class TupleLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } =
    [
        "System.Tuple", "System.Tuple`1", "System.Tuple`2", "System.Tuple`3", "System.Tuple`4", "System.Tuple`5",
        "System.Tuple`6", "System.Tuple`7", "System.Tuple`8", "System.TupleExtensions",
    ];

    protected override JsExpr? Get(string key, LibraryCall c) => key switch
    {
        "Item1" or "Item2" or "Item3" or "Item4" or "Item5" or "Item6" or "Item7" or "Rest" => LibraryCall.Prop(c.This, key),
        _ => null,
    };

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        var m = c.Method!;
        if (MemberKeys.TypeName(m.ContainingType) == "System.Tuple")
            return m.Name == "Create" && m.ReturnType is INamedTypeSymbol created ? Make(c, created, c.Args) : null;
        if (MemberKeys.TypeName(m.ContainingType) == "System.TupleExtensions")
        {
            if (m.Name == "ToTuple" && m.ReturnType is INamedTypeSymbol tuple && m.Parameters.Length == 1 && m.TypeArguments.Length <= 7)
            {
                var (first, again) = c.Twice(c[0]);
                var items = Enumerable.Range(0, m.TypeArguments.Length)
                    .Select(i => (JsExpr)new JsIndex(i == 0 ? first : again, Num(i))).ToList();
                return Make(c, tuple, items);
            }
            if (m.Name == "ToValueTuple" && m.Parameters.Length == 1 && m.TypeArguments.Length <= 7)
            {
                var (first, again) = c.Twice(c[0]);
                return new JsArray([.. Enumerable.Range(1, m.TypeArguments.Length).Select(i => Js.Dot(i == 1 ? first : again, "Item" + i))]);
            }
            return null;
        }
        return key switch
        {
            "Equals(object)" => c.Call("$eq", c.This, c[0]),
            "GetHashCode()" => LibraryCall.CallOn(c.This, "GetHashCode"),
            "ToString()" => LibraryCall.CallOn(c.This, "ToString"),
            _ => null,
        };
    }

    protected override JsExpr? Create(string key, LibraryCall c)
    {
        if (c.ContainingType.TypeArguments.Length == 8)
        {
            c.Context.Error(c.Operation, "KJS0125", "new Tuple<T1, …, T7, TRest>(…) is not supported: use Tuple.Create with eight items");
            return Undefined;
        }
        return Make(c, c.ContainingType, c.Args);
    }

    protected override JsExpr? Text(JsExpr value, ITypeSymbol type, string? format, ILoweringContext context) =>
        format is null ? Js.Call(context.Helper("$str"), value) : null;

    protected override JsExpr? Deconstruct(ITypeSymbol type, JsExpr value, ILoweringContext context)
    {
        if (type is not INamedTypeSymbol { TypeArguments.Length: > 0 and < 8 } named || !IsSystemTuple(named)) return null;
        var (first, again) = Twice(value, context);
        return new JsArray([.. Enumerable.Range(1, named.TypeArguments.Length).Select(i => Js.Dot(i == 1 ? first : again, "Item" + i))]);
    }

    /// <summary><c>new $Tuple(typeName, kinds, flags, [items])</c>; an eight-item Tuple.Create nests its last item
    /// as the Rest tuple, as .NET does.</summary>
    private static JsExpr Make(LibraryCall c, INamedTypeSymbol tuple, IReadOnlyList<JsExpr> items)
    {
        var arguments = tuple.TypeArguments;
        if (arguments.Length == 8)
        {
            if (arguments[7] is not INamedTypeSymbol rest || items.Count != 8) return Unsupported(c, "an eight-item tuple whose Rest is not a Tuple");
            var nested = Make(c, rest, [items[7]]);
            return Build(c, tuple, arguments.Take(7).ToList(), [.. items.Take(7), nested]);
        }
        return Build(c, tuple, arguments, items);
    }

    private static JsExpr Build(LibraryCall c, INamedTypeSymbol tuple, IReadOnlyList<ITypeSymbol> itemTypes, IReadOnlyList<JsExpr> items)
    {
        var kinds = new List<JsExpr>();
        var comparable = new List<JsExpr>();
        var flags = 0;
        for (var i = 0; i < itemTypes.Count; i++)
        {
            var type = itemTypes[i];
            if (Refusal(type) is { } why) return Unsupported(c, why);
            kinds.Add(c.Context.BoxKind(type) ?? Null);
            var inner = IsNullableValue(type, out var u) ? u : type;
            if (inner.TypeKind == TypeKind.Enum && inner.GetAttributes().Any(a => a.AttributeClass?.Name == "FlagsAttribute")) flags |= 1 << i;
            comparable.Add(Bool(inner.TypeKind == TypeKind.Enum || IsSystemTuple(inner)
                                || inner.SpecialType is SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Char
                                    or SpecialType.System_Double or SpecialType.System_Single
                                || IntegerBits(inner) is not null));
        }
        return Js.New(c.Helper("$Tuple"), Str(ClrName(tuple)), new JsArray([.. kinds]), Num(flags), new JsArray([.. comparable]), new JsArray([.. items]));
    }

    internal static bool IsSystemTuple(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "Tuple", IsTupleType: false, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>The run-time type name .NET prints for a type (<c>System.Tuple`2[System.Int32,N.Outer+Inner]</c>).</summary>
    internal static string ClrName(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named) return type.ToDisplayString();
        var name = named.MetadataName;
        if (named.ContainingType is { } outer) name = ClrName(outer.OriginalDefinition) + "+" + name;
        else if (named.ContainingNamespace is { IsGlobalNamespace: false } ns) name = ns.ToDisplayString() + "." + name;
        return named.TypeArguments.Length == 0 ? name : name + "[" + string.Join(",", named.TypeArguments.Select(ClrName)) + "]";
    }

    private static JsExpr Unsupported(LibraryCall c, string why)
    {
        c.Context.Error(c.Operation, "KJS0125", $"System.Tuple with {why} is not supported: its items could not print, compare or hash as .NET's do once the tuple is an object; use a record");
        return Undefined;
    }

    /// <summary>Why an item type cannot be kept exact inside a tuple (null when it can): type parameters are erased,
    /// value tuples, arrays, collections and delegates are JavaScript values that do not know their .NET type.</summary>
    private static string? Refusal(ITypeSymbol type)
    {
        if (IsNullableValue(type, out var underlying)) type = underlying;
        if (type is ITypeParameterSymbol) return $"an item of the type parameter {type.Name}";
        if (type.IsTupleType) return "a value tuple item";
        if (type is IArrayTypeSymbol) return "an array item";
        if (type.TypeKind == TypeKind.Delegate) return "a delegate item";
        if (type.TypeKind == TypeKind.Enum) return null;
        if (type.SpecialType is SpecialType.System_Object or SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Char
            or SpecialType.System_Double or SpecialType.System_Single) return null;
        if (IntegerBits(type) is not null) return null;
        if (type is INamedTypeSymbol named)
        {
            if (IsSystemTuple(named))
                return named.TypeArguments.Select(Refusal).FirstOrDefault(r => r is not null);
            if (named.Locations.Any(l => l.IsInSource) && !named.IsGenericType) return null;
        }
        return $"a {type.ToDisplayString()} item";
    }
}
