using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;

namespace CSharpToJs.Lower.Library;

/// <summary>Nullable&lt;T&gt;: a value type's null is JavaScript null, so T? is the value or null.</summary>
internal sealed class NullableLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } = ["System.Nullable`1"];

    protected override JsExpr? Get(string key, LibraryCall c) => key switch
    {
        "HasValue" => Js.Bin("!=", c.This, JsNull.Instance),
        "Value" => c.Call("$nullableValue", c.This),
        _ => null,
    };

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        var inner = c.ContainingType.TypeArguments[0];
        return key switch
        {
            "GetValueOrDefault()" => Defaults.Of(inner) is { } d ? new JsBinary("??", c.This, d) : null,
            "GetValueOrDefault(T)" => new JsBinary("??", c.This, c[0]),
            "Equals(object)" => c.Call("$eq", c.This, c[0]),
            "ToString()" => c.Context.ToDisplayString(c.This, c.ContainingType),
            _ => null,
        };
    }
}
