using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>System.Boolean: True/False text and bool.Parse/TryParse.</summary>
internal sealed class BooleanLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } = ["System.Boolean"];

    protected override JsExpr? Text(JsExpr value, ITypeSymbol type, string? format, ILoweringContext context) =>
        value is JsBool b ? Str(b.Value ? "True" : "False") : new JsConditional(value, Str("True"), Str("False"));

    protected override JsExpr? Invoke(string key, LibraryCall c) => key switch
    {
        "ToString()" => Text(c.This, c.ContainingType, null, c.Context),
        "Parse(string)" => c.Call("$parseBool", c[0], Bool(false)),
        "TryParse(string,bool)" => OutResult.Assign(c, c.Call("$parseBool", c[0], Bool(true)), c[1], Bool(false)),
        "Equals(bool)" or "Equals(object)" => Js.Bin("===", c.This, c[0]),
        "CompareTo(bool)" => Js.Bin("-", Js.Call(Js.Id("Number"), c.This), Js.Call(Js.Id("Number"), c[0])),
        _ => null,
    };
}
