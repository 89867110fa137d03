using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>System.Linq.Enumerable as lazy iterable helpers with .NET's deferred execution, stable ordering and
/// exceptions. Sources may be any iterable; a string source iterates its chars and a plain-object dictionary
/// (IDictionary from JSON) its KeyValuePairs.</summary>
internal sealed class LinqLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } =
        ["System.Linq.Enumerable", "System.Linq.IGrouping`2", "System.Linq.ILookup`2"];

    protected override JsExpr? Get(string key, LibraryCall c) => key switch
    {
        "Key" => LibraryCall.Prop(c.This, "Key"),
        "Count" => LibraryCall.Prop(c.This, "Count"),
        "this[TKey]" => LibraryCall.CallOn(c.This, "get", c[0]),
        _ => null,
    };

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        var m = c.Method!;
        if (MemberKeys.TypeName(c.ContainingType) == "System.Linq.ILookup`2")
            return key == "Contains(TKey)" ? LibraryCall.CallOn(c.This, "Contains", c[0]) : null;
        var p = m.OriginalDefinition.Parameters.Select(x => MemberKeys.Type(x.Type)).ToList();
        var n = p.Count;
        var source = m.TypeArguments.Length > 0 ? m.TypeArguments[0] : null;
        JsExpr S(int i) => Source(c, i);
        bool Fn(int i) => i < n && p[i].StartsWith("Func<");
        switch (m.Name)
        {
            case "Where" when n == 2: return c.Call("$where", S(0), c[1]);
            // The overload whose selector also takes the index is not one of the iterators .NET specialises (see $select).
            case "Select" when n == 2: return p[1].Contains(",int,") ? c.Call("$select", S(0), c[1], Bool(true)) : c.Call("$select", S(0), c[1]);
            case "SelectMany" when n == 2: return c.Call("$selectMany", S(0), c[1]);
            case "SelectMany" when n == 3: return c.Call("$selectMany", S(0), c[1], c[2]);
            case "OrderBy" or "OrderByDescending" when n is 2 or 3:
                return c.Call("$orderBy", S(0), c[1], n == 3 ? KeyModes.Comparison(c, 2) : Undefined, Bool(m.Name.EndsWith("Descending")));
            case "Order" or "OrderDescending" when n is 1 or 2:
            {
                var x = new JsIdentifier("$x");
                return c.Call("$orderBy", S(0), new JsArrow([x], x), n == 2 ? KeyModes.Comparison(c, 1) : Undefined, Bool(m.Name.EndsWith("Descending")));
            }
            case "ThenBy" or "ThenByDescending" when n is 2 or 3:
                return LibraryCall.CallOn(c[0], "$then", c[1], n == 3 ? KeyModes.Comparison(c, 2) : Undefined, Bool(m.Name.EndsWith("Descending")));
            case "GroupBy": return GroupBy(c, key);
            case "Any" when n is 1 or 2: return c.Call("$any", S(0), n == 2 ? c[1] : Undefined);
            case "All" when n == 2: return c.Call("$all", S(0), c[1]);
            case "Count" or "LongCount" when n is 1 or 2: return c.Call("$count", S(0), n == 2 ? c[1] : Undefined);
            case "Sum": return Sum(c, n);
            case "Average": return Average(c, n);
            case "Min" or "Max": return MinMax(c, n);
            case "MinBy" or "MaxBy" when n == 2 && source is not null:
                return c.Call("$minMaxBy", S(0), c[1], Num(m.Name == "MinBy" ? -1 : 1), Bool(CanBeNull(source)));
            case "First" or "FirstOrDefault" or "Last" or "LastOrDefault" or "Single" or "SingleOrDefault":
                return Pick(c, m.Name, n, Fn(1), source);
            case "ElementAt" or "ElementAtOrDefault" when n == 2 && p[1] == "int" && source is not null:
                return m.Name == "ElementAt"
                    ? c.Call("$elementAt", S(0), c[1])
                    : Defaults.Of(source) is { } d ? c.Call("$elementAt", S(0), c[1], Bool(true), d) : null;
            case "Skip" or "Take" when n == 2 && p[1] == "int": return c.Call("$skipTake", S(0), c[1], Bool(m.Name == "Take"));
            case "SkipWhile" or "TakeWhile" when n == 2: return c.Call("$skipTakeWhile", S(0), c[1], Bool(m.Name == "TakeWhile"));
            case "SkipLast" or "TakeLast" when n == 2: return c.Call("$skipTakeLast", S(0), c[1], Bool(m.Name == "TakeLast"));
            case "Distinct" when n is 1 or 2 && source is not null:
                return c.Call("$distinct", S(0), Undefined, KeyModes.WithComparer(c, 1, source));
            case "DistinctBy" when n is 2 or 3 && m.TypeArguments.Length == 2:
                return c.Call("$distinct", S(0), c[1], KeyModes.WithComparer(c, 2, m.TypeArguments[1]));
            case "Union" or "Intersect" or "Except" when n is 2 or 3 && source is not null:
                return c.Call("$setOp", S(0), S(1), Str(m.Name.ToLowerInvariant()), Undefined, KeyModes.WithComparer(c, 2, source));
            case "UnionBy" or "IntersectBy" or "ExceptBy" when n is 3 or 4 && m.TypeArguments.Length == 2:
                return c.Call("$setOp", S(0), S(1), Str(m.Name[..^2].ToLowerInvariant()), c[2], KeyModes.WithComparer(c, 3, m.TypeArguments[1]), Bool(m.Name != "UnionBy"));
            case "Concat" when n == 2: return c.Call("$concat", S(0), S(1));
            case "Append" when n == 2: return c.Call("$concat", S(0), new JsArray([c[1]]));
            case "Prepend" when n == 2: return c.Call("$concat", new JsArray([c[1]]), S(0));
            case "Zip" when n == 2: return c.Call("$zip", S(0), S(1));
            case "Zip" when n == 3 && Fn(2): return c.Call("$zip", S(0), S(1), c[2]);
            case "Aggregate" when n == 2: return c.Call("$aggregate", S(0), Bool(false), Undefined, c[1]);
            case "Aggregate" when n == 3: return c.Call("$aggregate", S(0), Bool(true), c[1], c[2]);
            case "Aggregate" when n == 4: return c.Call("$aggregate", S(0), Bool(true), c[1], c[2], c[3]);
            case "Contains" when n == 2:
                if (source is not null) KeyModes.For(c, source);
                return c.Call("$contains", S(0), c[1], Bool(false));
            case "Contains" when n == 3 && source is not null:
                return KeyModes.Contains(c, S(0), 2, source);
            case "Reverse" when n == 1: return c.Call("$reverse", S(0));
            case "DefaultIfEmpty" when n == 1 && source is not null:
                return Defaults.Of(source) is { } de ? c.Call("$defaultIfEmpty", S(0), de) : null;
            case "DefaultIfEmpty" when n == 2: return c.Call("$defaultIfEmpty", S(0), c[1]);
            case "ToList" or "ToArray" when n == 1: return Js.Call(Js.Dot(Js.Id("Array"), "from"), S(0));
            case "AsEnumerable" when n == 1: return S(0);
            case "ToDictionary": return ToDictionary(c, n, p);
            case "ToHashSet" when n is 1 or 2 && source is not null:
                return Js.New(c.Helper("$HashSet"), S(0), KeyModes.WithComparer(c, 1, source));
            case "ToLookup" when n is >= 2 and <= 4 && m.TypeArguments.Length >= 2:
                return Js.New(c.Helper("$Lookup"), S(0), c[1], Fn(2) ? c[2] : Undefined,
                    n == 4 || (n == 3 && !Fn(2)) ? KeyModes.WithComparer(c, n - 1, m.TypeArguments[1]) : Num(KeyModes.For(c, m.TypeArguments[1])));
            case "Chunk" when n == 2: return c.Call("$chunk", S(0), c[1]);
            case "Range" when n == 2: return c.Call("$range", c[0], c[1]);
            case "Repeat" when n == 2: return c.Call("$repeat", c[0], c[1]);
            case "Empty" when n == 0: return new JsArray([]);
            case "SequenceEqual" when n == 2:
                if (source is not null) KeyModes.For(c, source);
                return c.Call("$sequenceEqual", S(0), S(1));
            case "Join" or "GroupJoin" when n is 5 or 6 && m.TypeArguments.Length == 4:
                return c.Call("$linqJoin", S(0), S(1), c[2], c[3], c[4], KeyModes.WithComparer(c, 5, m.TypeArguments[2]), Bool(m.Name == "GroupJoin"));
            case "Cast" when n == 1 && source is not null && ElementType(c.ArgType(0)) is { } from && IsIdentityOrReference(from, source):
                return S(0);
        }
        return null;
    }

    /// <summary>The source argument as an iterable: plain-object dictionaries (IDictionary from JSON) give their pairs.
    /// (The core already turns a string converted to IEnumerable&lt;char&gt; into its chars.)</summary>
    private static JsExpr Source(LibraryCall c, int index)
    {
        var type = c.ArgType(index);
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Interface } named &&
            MemberKeys.TypeName(named) == "System.Collections.Generic.IDictionary`2")
            return c.Call("$entries", c[index]);
        return c[index];
    }

    private static bool CanBeNull(ITypeSymbol type) => type.IsReferenceType || JsBuild.IsNullableValue(type, out _);

    private static ITypeSymbol? ElementType(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol named => named.AllInterfaces.Concat(named.TypeKind == TypeKind.Interface ? [named] : [])
            .FirstOrDefault(i => MemberKeys.TypeName(i) == "System.Collections.Generic.IEnumerable`1")?.TypeArguments[0],
        _ => null,
    };

    private static bool IsIdentityOrReference(ITypeSymbol from, ITypeSymbol to)
    {
        if (SymbolEqualityComparer.Default.Equals(from, to)) return true;
        if (!from.IsReferenceType || !to.IsReferenceType) return false;
        for (var t = from.BaseType; t is not null; t = t.BaseType)
            if (SymbolEqualityComparer.Default.Equals(t, to)) return true;
        return from.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, to));
    }

    private static JsExpr? GroupBy(LibraryCall c, string key)
    {
        var m = c.Method!;
        var keyType = m.TypeArguments.Length > 1 ? m.TypeArguments[1] : null;
        if (keyType is null) return null;
        var parameters = m.OriginalDefinition.Parameters.Select(x => MemberKeys.Type(x.Type)).ToList();
        JsExpr element = Undefined, result = Undefined;
        var comparerIndex = -1;
        for (var i = 2; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (parameter == "Func<TSource,TElement>") element = c[i];
            else if (parameter.StartsWith("Func<TKey,IEnumerable<")) result = c[i];
            else if (parameter.StartsWith("IEqualityComparer<")) comparerIndex = i;
            else return null;
        }
        var mode = comparerIndex < 0 ? Num(KeyModes.For(c, keyType)) : KeyModes.WithComparer(c, comparerIndex, keyType);
        return c.Call("$groupBy", Source(c, 0), c[1], element, result, mode);
    }

    /// <summary>Checked integer width for Sum over the element (or selector result) type, 0 for double.</summary>
    private static JsExpr? Sum(LibraryCall c, int n)
    {
        var resultType = c.Method!.ReturnType;
        if (JsBuild.IsNullableValue(resultType, out var inner)) resultType = inner;
        var bits = JsBuild.IntegerBits(resultType);
        if (bits is null || n is not (1 or 2)) return null;
        return c.Call("$sum", Source(c, 0), n == 2 ? c[1] : Undefined, Num(bits == 32 ? 32 : 0));
    }

    private static JsExpr? Average(LibraryCall c, int n)
    {
        var returnType = c.Method!.ReturnType;
        var nullable = JsBuild.IsNullableValue(returnType, out var inner);
        if ((nullable ? inner : returnType).SpecialType != SpecialType.System_Double || n is not (1 or 2)) return null;
        return c.Call("$average", Source(c, 0), n == 2 ? c[1] : Undefined, Bool(nullable));
    }

    private static JsExpr? MinMax(LibraryCall c, int n)
    {
        var m = c.Method!;
        var parameters = m.OriginalDefinition.Parameters;
        if (n == 2 && !MemberKeys.Type(parameters[1].Type).StartsWith("Func<")) return null;
        if (n is not (1 or 2)) return null;
        var resultType = m.ReturnType;
        if (resultType.SpecialType is SpecialType.System_Single or SpecialType.System_Decimal) return null;
        return c.Call("$minMax", Source(c, 0), n == 2 ? c[1] : Undefined, Num(m.Name == "Min" ? -1 : 1), Bool(CanBeNull(resultType)));
    }

    private static JsExpr? Pick(LibraryCall c, string name, int n, bool hasPredicate, ITypeSymbol? source)
    {
        if (source is null || n is < 1 or > 3) return null;
        var helper = name.StartsWith("First") ? "$first" : name.StartsWith("Last") ? "$last" : "$single";
        var orDefault = name.EndsWith("OrDefault");
        JsExpr predicate = hasPredicate ? c[1] : Undefined;
        JsExpr? fallback = Undefined;
        if (orDefault)
        {
            var explicitDefault = n == 3 ? 2 : n == 2 && !hasPredicate ? 1 : -1;
            fallback = explicitDefault >= 0 ? c[explicitDefault] : Defaults.Of(source);
            if (fallback is null) return null;
        }
        else if (n == 3 || (n == 2 && !hasPredicate))
        {
            return null;
        }
        return c.Call(helper, Source(c, 0), predicate, Bool(orDefault), fallback);
    }

    private static JsExpr? ToDictionary(LibraryCall c, int n, IReadOnlyList<string> parameters)
    {
        var m = c.Method!;
        if (m.TypeArguments.Length < 2) return null;
        var keyType = m.TypeArguments[1];
        if (parameters[0].StartsWith("IEnumerable<KeyValuePair<") || parameters[0].StartsWith("IEnumerable<(TKey"))
        {
            if (parameters[0].StartsWith("IEnumerable<(")) return null;
            var pair = new JsIdentifier("$kv");
            return c.Call("$toDictionary", Source(c, 0), new JsArrow([pair], LibraryCall.Prop(pair, "Key")),
                new JsArrow([pair], LibraryCall.Prop(pair, "Value")), KeyModes.WithComparer(c, 1, m.TypeArguments[0]));
        }
        JsExpr element = Undefined;
        var comparerIndex = -1;
        for (var i = 2; i < n; i++)
        {
            if (parameters[i].StartsWith("Func<")) element = c[i];
            else if (parameters[i].StartsWith("IEqualityComparer<")) comparerIndex = i;
        }
        var mode = comparerIndex < 0 ? Num(KeyModes.For(c, keyType)) : KeyModes.WithComparer(c, comparerIndex, keyType);
        return c.Call("$toDictionary", Source(c, 0), c[1], element, mode);
    }
}
