using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>List&lt;T&gt;, arrays (System.Array) and the list/collection interfaces, all JavaScript arrays at run
/// time (ICollection/IReadOnlyCollection may also hold a HashSet). Indexers are checked like .NET.</summary>
internal sealed class ListLowering : LibraryLoweringBase
{
    private const string List = "System.Collections.Generic.List`1";
    private const string Array = "System.Array";

    protected override IReadOnlyCollection<string> Types { get; } =
    [
        List, Array, "System.Collections.Generic.IList`1", "System.Collections.Generic.IReadOnlyList`1",
        "System.Collections.Generic.ICollection`1", "System.Collections.Generic.IReadOnlyCollection`1",
        "System.MemoryExtensions",
    ];

    protected override JsExpr? Get(string key, LibraryCall c)
    {
        var type = MemberKeys.TypeName(c.ContainingType);
        if (key == "Count" && c.InstanceType is INamedTypeSymbol instance && MemberKeys.TypeName(instance) == "System.Collections.Generic.IDictionary`2")
            return LibraryCall.Prop(Js.Call(Js.Dot(Js.Id("Object"), "keys"), c.This), "length");
        return key switch
        {
            "Count" when type is "System.Collections.Generic.ICollection`1" or "System.Collections.Generic.IReadOnlyCollection`1" && !IsArray(c.InstanceType) =>
                c.Call("$count", c.This),
            "Count" or "Length" => LibraryCall.Prop(c.This, "length"),
            "Rank" when type == Array => Num(1),
            "LongLength" => LibraryCall.Prop(c.This, "length"),
            "this[int]" => c.Call("$listAt", c.This, c[0]),
            _ => null,
        };
    }

    /// <summary>A receiver typed as a list or an array holds a JavaScript array (no class of one's own implements the
    /// list interfaces: KJS0126), so ICollection/IReadOnlyCollection.Count through it is the array's length; typed as
    /// a collection it may be a set or a dictionary.</summary>
    private static bool IsArray(ITypeSymbol? instance) =>
        instance is IArrayTypeSymbol ||
        instance is INamedTypeSymbol named && MemberKeys.TypeName(named) is List or "System.Collections.Generic.IList`1" or "System.Collections.Generic.IReadOnlyList`1";

    protected override JsExpr? Set(string key, LibraryCall c) =>
        key == "this[int]" ? c.Call("$listSet", c.This, c[0], c.Value!) : null;

    protected override JsExpr? Create(string key, LibraryCall c) => key switch
    {
        ".ctor()" or ".ctor(int)" => new JsArray([]),
        ".ctor(IEnumerable<T>)" => Js.Call(Js.Dot(Js.Id("Array"), "from"), c[0]),
        _ => null,
    };

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        var type = MemberKeys.TypeName(c.ContainingType);
        if (type == "System.MemoryExtensions") return Span(key, c);
        if (type == Array) return ArrayStatic(key, c);
        var element = c.ContainingType.TypeArguments.Length > 0 ? c.ContainingType.TypeArguments[0] : null;
        if (element is null) return null;
        var isList = type == List;
        // These compare elements by .NET's default equality without a key mode (an anonymous element type is reported).
        if (key is "Remove(T)" or "IndexOf(T,int)" or "LastIndexOf(T)" || key == "Contains(T)" && !isList) KeyModes.For(c, element);
        switch (key)
        {
            case "Add(T)": return isList ? LibraryCall.CallOn(c.This, "push", c[0]) : c.Call("$collAdd", c.This, c[0]);
            case "Contains(T)": return isList ? Contains(c, c.This, c[0], element) : c.Call("$contains", c.This, c[0]);
            case "Remove(T)": return isList ? c.Call("$listRemove", c.This, c[0]) : c.Call("$collRemove", c.This, c[0]);
            case "Clear()": return isList ? new JsAssign(LibraryCall.Prop(c.This, "length"), Num(0)) : c.Call("$collClear", c.This);
            case "IndexOf(T)": return IndexOf(c, c.This, c[0], element);
            case "Insert(int,T)": return c.Call("$listInsert", c.This, c[0], c[1]);
            case "RemoveAt(int)": return c.Call("$listRemoveAt", c.This, c[0]);
        }
        if (!isList) return null;
        switch (key)
        {
            case "AddRange(IEnumerable<T>)": return c.Call("$addRange", c.This, c[0]);
            case "InsertRange(int,IEnumerable<T>)": return c.Call("$listInsert", c.This, c[0], c[1], Bool(true));
            case "RemoveAll(Predicate<T>)": return c.Call("$removeAll", c.This, c[0]);
            case "RemoveRange(int,int)": return c.Call("$listRange", c.This, c[0], c[1], Bool(true));
            case "GetRange(int,int)":
            case "Slice(int,int)": return c.Call("$listRange", c.This, c[0], c[1], Bool(false));
            case "IndexOf(T,int)": return c.Call("$listIndexOf", c.This, c[0], c[1]);
            case "LastIndexOf(T)": return c.Call("$listLastIndexOf", c.This, c[0]);
            case "Find(Predicate<T>)": return Defaults.Of(element) is { } d1 ? c.Call("$findOr", c.This, c[0], d1) : null;
            case "FindLast(Predicate<T>)": return Defaults.Of(element) is { } d2 ? c.Call("$findOr", c.This, c[0], d2, Bool(true)) : null;
            case "FindIndex(Predicate<T>)": return LibraryCall.CallOn(c.This, "findIndex", Unary(c[0]));
            case "FindLastIndex(Predicate<T>)": return LibraryCall.CallOn(c.This, "findLastIndex", Unary(c[0]));
            case "FindAll(Predicate<T>)": return LibraryCall.CallOn(c.This, "filter", Unary(c[0]));
            case "Exists(Predicate<T>)": return LibraryCall.CallOn(c.This, "some", Unary(c[0]));
            case "TrueForAll(Predicate<T>)": return LibraryCall.CallOn(c.This, "every", Unary(c[0]));
            case "ForEach(Action<T>)": return LibraryCall.CallOn(c.This, "forEach", Unary(c[0]));
            case "ConvertAll(Converter<T,TOutput>)": return LibraryCall.CallOn(c.This, "map", Unary(c[0]));
            case "Sort()": return c.Call("$sortBy", c.This, c.Helper("$compare"));
            case "Sort(Comparison<T>)": return c.Call("$sortBy", c.This, c[0]);
            case "Sort(IComparer<T>)": return c.Call("$sortBy", c.This, KeyModes.Comparison(c, 0) is JsUndefined ? c.Helper("$compare") : KeyModes.Comparison(c, 0));
            case "Reverse()": return LibraryCall.CallOn(c.This, "reverse");
            case "Reverse(int,int)": return c.Call("$listReverse", c.This, c[0], c[1]);
            case "ToArray()": return LibraryCall.CallOn(c.This, "slice");
            case "AsReadOnly()": return c.This;
        }
        return null;
    }

    /// <summary>A delegate passed to an array method that calls back with (item, index, array): wrapped so only the
    /// item reaches it, unless it is already an arrow or function of one parameter.</summary>
    private static JsExpr Unary(JsExpr callback)
    {
        if (callback is JsArrow { Parameters.Count: <= 1 } or JsFunction { Parameters.Count: <= 1 }) return callback;
        var item = new JsIdentifier("$item");
        return new JsArrow([item], Js.Call(callback, item));
    }

    private static JsExpr Contains(LibraryCall c, JsExpr list, JsExpr item, ITypeSymbol element) =>
        KeyModes.For(c, element) == 0
            ? LibraryCall.CallOn(list, "includes", item)
            : Js.Bin(">=", c.Call("$listIndexOf", list, item), Num(0));

    private static JsExpr IndexOf(LibraryCall c, JsExpr list, JsExpr item, ITypeSymbol element) =>
        KeyModes.For(c, element) == 0 && element.SpecialType != SpecialType.System_Double
            ? LibraryCall.CallOn(list, "indexOf", item)
            : c.Call("$listIndexOf", list, item);

    private static JsExpr? ArrayStatic(string key, LibraryCall c)
    {
        if (key == "Clone()") return LibraryCall.CallOn(c.This, "slice");
        var element = c.TypeArguments.Count > 0 ? c.TypeArguments[0] : null;
        switch (key)
        {
            case "Empty()": return new JsArray([]);
            case "Sort(T[])": return c.Call("$sortBy", c[0], c.Helper("$compare"));
            case "Sort(T[],Comparison<T>)": return c.Call("$sortBy", c[0], c[1]);
            case "Sort(T[],IComparer<T>)": return c.Call("$sortBy", c[0], KeyModes.Comparison(c, 1) is JsUndefined ? c.Helper("$compare") : KeyModes.Comparison(c, 1));
            case "Reverse(T[])":
            case "Reverse(Array)": return LibraryCall.CallOn(c[0], "reverse");
            case "IndexOf(T[],T)": return element is null ? null : IndexOf(c, c[0], c[1], element);
            case "LastIndexOf(T[],T)": return c.Call("$listLastIndexOf", c[0], c[1]);
            case "Exists(T[],Predicate<T>)": return LibraryCall.CallOn(c[0], "some", Unary(c[1]));
            case "TrueForAll(T[],Predicate<T>)": return LibraryCall.CallOn(c[0], "every", Unary(c[1]));
            case "Find(T[],Predicate<T>)": return element is not null && Defaults.Of(element) is { } d ? c.Call("$findOr", c[0], c[1], d) : null;
            case "FindIndex(T[],Predicate<T>)": return LibraryCall.CallOn(c[0], "findIndex", Unary(c[1]));
            case "FindAll(T[],Predicate<T>)": return LibraryCall.CallOn(c[0], "filter", Unary(c[1]));
            case "ForEach(T[],Action<T>)": return LibraryCall.CallOn(c[0], "forEach", Unary(c[1]));
            case "ConvertAll(TInput[],Converter<TInput,TOutput>)": return LibraryCall.CallOn(c[0], "map", Unary(c[1]));
            case "Fill(T[],T)": return LibraryCall.CallOn(c[0], "fill", c[1]);
            case "Copy(Array,Array,int)": return c.Call("$arrayCopy", c[0], Num(0), c[1], Num(0), c[2]);
            case "Copy(Array,int,Array,int,int)": return c.Call("$arrayCopy", c[0], c[1], c[2], c[3], c[4]);
        }
        return null;
    }

    /// <summary>MemoryExtensions over arrays converted to spans (C# 14 binds array.Contains/Reverse/… here).</summary>
    private static JsExpr? Span(string key, LibraryCall c)
    {
        var element = c.TypeArguments.Count > 0 ? c.TypeArguments[0] : null;
        if (element is null) return null;
        if (c.ArgType(0) is not IArrayTypeSymbol) return null;
        switch (key)
        {
            case "Contains(ReadOnlySpan<T>,T)":
            case "Contains(Span<T>,T)": return Contains(c, c[0], c[1], element);
            case "Contains(ReadOnlySpan<T>,T,IEqualityComparer<T>)":
            case "Contains(Span<T>,T,IEqualityComparer<T>)": return KeyModes.Contains(c, c[0], 2, element);
            case "IndexOf(ReadOnlySpan<T>,T)":
            case "IndexOf(Span<T>,T)": return IndexOf(c, c[0], c[1], element);
            case "Reverse(Span<T>)": return LibraryCall.CallOn(c[0], "reverse");
            case "Sort(Span<T>)": return c.Call("$sortBy", c[0], c.Helper("$compare"));
            case "SequenceEqual(ReadOnlySpan<T>,ReadOnlySpan<T>)":
            case "SequenceEqual(Span<T>,ReadOnlySpan<T>)": return c.Call("$sequenceEqual", c[0], c[1]);
        }
        return null;
    }
}
