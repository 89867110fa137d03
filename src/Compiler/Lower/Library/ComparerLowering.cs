using System.Collections.Generic;
using CSharpToJs.Js;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>StringComparer.Ordinal/OrdinalIgnoreCase (and the culture variants, ordinal under invariant
/// globalization) as runtime comparer objects; Comparer&lt;T&gt;.Create/Default as objects with a Compare method, and
/// IComparer&lt;T&gt;.Compare calls on any comparer; EqualityComparer&lt;T&gt;.Default and IEqualityComparer&lt;T&gt;
/// Equals/GetHashCode, which every equality comparer here answers as <c>$cmpEq</c>/<c>$cmpHash</c> (a class's own
/// implementations are named so: see Naming).</summary>
internal sealed class ComparerLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } =
    [
        "System.StringComparer", "System.Collections.Generic.Comparer`1", "System.Collections.Generic.IComparer`1",
        "System.Collections.Generic.IEqualityComparer`1", "System.Collections.Generic.EqualityComparer`1",
    ];

    protected override JsExpr? Get(string key, LibraryCall c) => key switch
    {
        "Ordinal" or "InvariantCulture" or "CurrentCulture" => Js.New(c.Helper("$ordinalComparer"), Bool(false)),
        "OrdinalIgnoreCase" or "InvariantCultureIgnoreCase" or "CurrentCultureIgnoreCase" => Js.New(c.Helper("$ordinalComparer"), Bool(true)),
        "Default" when MemberKeys.TypeName(c.ContainingType) == "System.Collections.Generic.EqualityComparer`1" =>
            c.Call("$defaultEq", c.Context.BoxKind(c.ContainingType.TypeArguments[0]) ?? Null),
        _ => null,
    };

    protected override JsExpr? Invoke(string key, LibraryCall c) => key switch
    {
        "Compare(string,string)" or "Compare(T,T)" => LibraryCall.CallOn(c.This, "Compare", c[0], c[1]),
        "Create(Comparison<T>)" => new JsObject([new JsProperty("Compare", c[0])]),
        "Equals(string,string)" or "Equals(T,T)" => LibraryCall.CallOn(c.This, "$cmpEq", c[0], c[1]),
        "GetHashCode(string)" or "GetHashCode(T)" => LibraryCall.CallOn(c.This, "$cmpHash", c[0]),
        _ => null,
    };
}
