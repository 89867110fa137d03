using System.Collections.Generic;
using CSharpToJs.Js;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>StringComparer.Ordinal/OrdinalIgnoreCase (and the culture variants, ordinal under invariant
/// globalization) as runtime comparer objects with Compare/Equals/GetHashCode.</summary>
internal sealed class ComparerLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } = ["System.StringComparer"];

    protected override JsExpr? Get(string key, LibraryCall c) => key switch
    {
        "Ordinal" or "InvariantCulture" or "CurrentCulture" => Js.New(c.Helper("$ordinalComparer"), Bool(false)),
        "OrdinalIgnoreCase" or "InvariantCultureIgnoreCase" or "CurrentCultureIgnoreCase" => Js.New(c.Helper("$ordinalComparer"), Bool(true)),
        _ => null,
    };

    protected override JsExpr? Invoke(string key, LibraryCall c) => key switch
    {
        "Compare(string,string)" => LibraryCall.CallOn(c.This, "Compare", c[0], c[1]),
        "Equals(string,string)" => LibraryCall.CallOn(c.This, "Equals", c[0], c[1]),
        "GetHashCode(string)" => LibraryCall.CallOn(c.This, "GetHashCode", c[0]),
        _ => null,
    };
}
