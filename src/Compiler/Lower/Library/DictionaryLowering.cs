using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>Dictionary&lt;K,V&gt; and IReadOnlyDictionary&lt;K,V&gt; (the runtime class <c>$Dictionary</c>), IDictionary with
/// string keys (plain JSON objects such as labels), KeyValuePair and CollectionExtensions.GetValueOrDefault.</summary>
internal sealed class DictionaryLowering : LibraryLoweringBase
{
    private const string Dictionary = "System.Collections.Generic.Dictionary`2";
    private const string KeyValuePair = "System.Collections.Generic.KeyValuePair`2";

    protected override IReadOnlyCollection<string> Types { get; } =
    [
        Dictionary, "System.Collections.Generic.IDictionary`2", "System.Collections.Generic.IReadOnlyDictionary`2",
        KeyValuePair, "System.Collections.Generic.KeyValuePair", "System.Collections.Generic.CollectionExtensions",
        Dictionary + "+KeyCollection", Dictionary + "+ValueCollection",
    ];

    private const string ReadOnlyDictionary = "System.Collections.Generic.IReadOnlyDictionary`2";

    private static bool IsClass(LibraryCall c) => MemberKeys.TypeName(c.ContainingType) is Dictionary or ReadOnlyDictionary;

    private static bool StringKeys(INamedTypeSymbol type) =>
        type.TypeArguments.Length == 2 && type.TypeArguments[0].SpecialType == SpecialType.System_String;

    protected override JsExpr? Text(JsExpr value, ITypeSymbol type, string? format, ILoweringContext context) =>
        MemberKeys.TypeName((INamedTypeSymbol)type) == KeyValuePair ? LibraryCall.CallOn(value, "ToString") : null;

    protected override JsExpr? Deconstruct(ITypeSymbol type, JsExpr value, ILoweringContext context)
    {
        if (MemberKeys.TypeName((INamedTypeSymbol)type) != KeyValuePair) return null;
        var (first, again) = LibraryLoweringBase.Twice(value, context);
        return new JsArray([LibraryCall.Prop(first, "Key"), LibraryCall.Prop(again, "Value")]);
    }

    protected override JsExpr? Get(string key, LibraryCall c)
    {
        var type = MemberKeys.TypeName(c.ContainingType);
        if (type == KeyValuePair) return key is "Key" or "Value" ? LibraryCall.Prop(c.This, key) : null;
        if (type.EndsWith("Collection")) return key == "Count" ? LibraryCall.Prop(c.This, "length") : null;
        if (IsClass(c))
        {
            return key switch
            {
                "Count" or "Keys" or "Values" => LibraryCall.Prop(c.This, key),
                "this[TKey]" => LibraryCall.CallOn(c.This, "get", c[0]),
                _ => null,
            };
        }
        if (!StringKeys(c.ContainingType)) return null;
        return key switch
        {
            "this[TKey]" => c.Call("$objGet", c.This, c[0]),
            "Keys" => Js.Call(Js.Dot(Js.Id("Object"), "keys"), c.This),
            "Values" => Js.Call(Js.Dot(Js.Id("Object"), "values"), c.This),
            _ => null,
        };
    }

    protected override JsExpr? Set(string key, LibraryCall c)
    {
        if (key != "this[TKey]") return null;
        if (IsClass(c)) return LibraryCall.CallOn(c.This, "set", c[0], c.Value!);
        return StringKeys(c.ContainingType) ? new JsAssign(new JsIndex(c.This, c[0]), c.Value!) : null;
    }

    protected override JsExpr? Create(string key, LibraryCall c)
    {
        var type = MemberKeys.TypeName(c.ContainingType);
        if (type == KeyValuePair) return key == ".ctor(TKey,TValue)" ? Js.New(c.Helper("$KeyValuePair"), c[0], c[1]) : null;
        if (type != Dictionary) return null;
        var keyType = c.ContainingType.TypeArguments[0];
        switch (key)
        {
            case ".ctor()":
            case ".ctor(int)":
                return Js.New(c.Helper("$Dictionary"), Num(KeyModes.For(c, keyType)));
            case ".ctor(IEqualityComparer<TKey>)":
                return Js.New(c.Helper("$Dictionary"), KeyModes.WithComparer(c, 0, keyType));
            case ".ctor(int,IEqualityComparer<TKey>)":
                return Js.New(c.Helper("$Dictionary"), KeyModes.WithComparer(c, 1, keyType));
            case ".ctor(IDictionary<TKey,TValue>)":
            case ".ctor(IEnumerable<KeyValuePair<TKey,TValue>>)":
                return Js.New(c.Helper("$Dictionary"), Num(KeyModes.For(c, keyType)), Pairs(c, 0));
            case ".ctor(IDictionary<TKey,TValue>,IEqualityComparer<TKey>)":
            case ".ctor(IEnumerable<KeyValuePair<TKey,TValue>>,IEqualityComparer<TKey>)":
            {
                // C# evaluates the pairs before the comparer; the helper takes the comparer first.
                var (pairs, again) = c.Twice(Pairs(c, 0));
                var created = Js.New(c.Helper("$Dictionary"), KeyModes.WithComparer(c, 1, keyType), again);
                return ReferenceEquals(pairs, again) ? created : new JsSequence([pairs, created]);
            }
        }
        return null;
    }

    /// <summary>A source of pairs: a runtime Dictionary/sequence as is, a plain-object dictionary as its entries.</summary>
    private static JsExpr Pairs(LibraryCall c, int index)
    {
        var type = c.ArgType(index) as INamedTypeSymbol;
        return type is not null && MemberKeys.TypeName(type) == "System.Collections.Generic.IDictionary`2"
            ? c.Call("$entries", c[index])
            : c[index];
    }

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        var type = MemberKeys.TypeName(c.ContainingType);
        if (type == "System.Collections.Generic.KeyValuePair")
            return key == "Create(TKey,TValue)" ? Js.New(c.Helper("$KeyValuePair"), c[0], c[1]) : null;
        if (type == KeyValuePair)
        {
            return key switch
            {
                "ToString()" => LibraryCall.CallOn(c.This, "ToString"),
                "Deconstruct(TKey,TValue)" => Deconstruct(c),
                _ => null,
            };
        }
        if (type == "System.Collections.Generic.CollectionExtensions") return Extension(key, c);
        if (type.EndsWith("Collection")) return null;
        var valueType = c.ContainingType.TypeArguments[1];
        if (IsClass(c))
        {
            switch (key)
            {
                case "Add(TKey,TValue)":
                case "TryAdd(TKey,TValue)":
                case "ContainsKey(TKey)":
                case "ContainsValue(TValue)":
                case "Remove(TKey)":
                case "Clear()":
                    return LibraryCall.CallOn(c.This, c.Member.Name, [.. c.Args]);
                case "TryGetValue(TKey,TValue)":
                    return Defaults.Of(valueType) is { } d1
                        ? OutResult.Assign(c, LibraryCall.CallOn(c.This, "$entry", c[0]), c[1], d1, OutResult.Item(1))
                        : null;
                case "Remove(TKey,TValue)":
                {
                    return Defaults.Of(valueType) is { } d2
                        ? OutResult.Assign(c, LibraryCall.CallOn(c.This, "$removeEntry", c[0]), c[1], d2, OutResult.Item(1))
                        : null;
                }
            }
            return null;
        }
        if (!StringKeys(c.ContainingType)) return null;
        switch (key)
        {
            case "ContainsKey(TKey)": return Js.Call(Js.Dot(Js.Id("Object"), "hasOwn"), c.This, c[0]);
            case "TryGetValue(TKey,TValue)":
                return Defaults.Of(valueType) is { } d3
                    ? OutResult.Assign(c, c.Call("$objEntry", c.This, c[0]), c[1], d3, OutResult.Item(1))
                    : null;
            case "Add(TKey,TValue)": return c.Call("$objAdd", c.This, c[0], c[1]);
            case "Remove(TKey)": return c.Call("$objRemove", c.This, c[0]);
        }
        return null;
    }

    private static JsExpr Deconstruct(LibraryCall c)
    {
        var (first, again) = c.Twice(c.This);
        return new JsSequence([new JsAssign(c[0], LibraryCall.Prop(first, "Key")), new JsAssign(c[1], LibraryCall.Prop(again, "Value"))]);
    }

    /// <summary>CollectionExtensions.GetValueOrDefault/TryAdd/Remove on a Dictionary or a plain-object dictionary.</summary>
    private static JsExpr? Extension(string key, LibraryCall c)
    {
        var receiverType = c.ArgType(0) as INamedTypeSymbol;
        if (receiverType is null || c.TypeArguments.Count < 2) return null;
        var isClass = MemberKeys.TypeName(receiverType) != "System.Collections.Generic.IDictionary`2";
        if (!isClass && c.TypeArguments[0].SpecialType != SpecialType.System_String) return null;
        var valueType = c.TypeArguments[1];
        switch (key)
        {
            case "GetValueOrDefault(IReadOnlyDictionary<TKey,TValue>,TKey)":
                if (Defaults.Of(valueType) is not { } d) return null;
                return isClass ? LibraryCall.CallOn(c[0], "GetValueOrDefault", c[1], d) : c.Call("$objGetOr", c[0], c[1], d);
            case "GetValueOrDefault(IReadOnlyDictionary<TKey,TValue>,TKey,TValue)":
                return isClass ? LibraryCall.CallOn(c[0], "GetValueOrDefault", c[1], c[2]) : c.Call("$objGetOr", c[0], c[1], c[2]);
            case "TryAdd(IDictionary<TKey,TValue>,TKey,TValue)":
                return isClass ? LibraryCall.CallOn(c[0], "TryAdd", c[1], c[2]) : null;
        }
        return null;
    }
}
