using System.Collections.Generic;
using CSharpToJs.Js;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>StringComparer.Ordinal/OrdinalIgnoreCase (and the culture variants, ordinal under invariant
/// globalization) as runtime comparer objects with Compare/Equals/GetHashCode; Comparer&lt;T&gt;.Create/Default as
/// objects with a Compare method, and IComparer&lt;T&gt;.Compare calls on any comparer.</summary>
internal sealed class ComparerLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } =
        ["System.StringComparer", "System.Collections.Generic.Comparer`1", "System.Collections.Generic.IComparer`1"];

    protected override JsExpr? Get(string key, LibraryCall c) => key switch
    {
        "Ordinal" or "InvariantCulture" or "CurrentCulture" => Js.New(c.Helper("$ordinalComparer"), Bool(false)),
        "OrdinalIgnoreCase" or "InvariantCultureIgnoreCase" or "CurrentCultureIgnoreCase" => Js.New(c.Helper("$ordinalComparer"), Bool(true)),
        "Default" => new JsObject([new JsProperty("Compare", c.Helper("$compare"))]),
        _ => null,
    };

    protected override JsExpr? Invoke(string key, LibraryCall c) => key switch
    {
        "Compare(string,string)" or "Compare(T,T)" => LibraryCall.CallOn(c.This, "Compare", c[0], c[1]),
        "Create(Comparison<T>)" => new JsObject([new JsProperty("Compare", c[0])]),
        "Equals(string,string)" => LibraryCall.CallOn(c.This, "Equals", c[0], c[1]),
        "GetHashCode(string)" => LibraryCall.CallOn(c.This, "GetHashCode", c[0]),
        _ => null,
    };
}
