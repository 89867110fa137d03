using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>System.Enum members over the compiler's enums (frozen name → number objects).</summary>
internal sealed class EnumLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } = ["System.Enum"];

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        var enumType = c.TypeArguments.Count > 0 ? c.TypeArguments[0] : c.InstanceType;
        switch (key)
        {
            case "ToString()":
                return c.InstanceType is { TypeKind: TypeKind.Enum } type ? c.Context.ToDisplayString(c.This, type) : null;
            case "HasFlag(Enum)":
            {
                var (first, again) = c.Twice(c[0]);
                return Js.Bin("===", Js.Bin("&", c.This, first), again);
            }
            case "Equals(object)":
                return c.Context.EnumObject(c.InstanceType) is { } kind ? c.Call("$boxEquals", c.This, kind, c[0]) : Js.Bin("===", c.This, c[0]);
            case "CompareTo(object)": return c.Call("$numCmp", c.This, c.Call("$boxValue", c[0]));
        }
        if (c.Context.EnumObject(enumType) is not { } e) return null;
        switch (key)
        {
            case "Parse(string)": return c.Call("$enumParseText", e, c[0], Bool(false));
            case "Parse(string,bool)": return c.Call("$enumParseText", e, c[0], c[1]);
            case "TryParse(string,TEnum)": return OutResult.Assign(c, c.Call("$enumTryParse", e, c[0], Bool(false)), c[1], Num(0));
            case "TryParse(string,bool,TEnum)": return OutResult.Assign(c, c.Call("$enumTryParse", e, c[0], c[1]), c[2], Num(0));
            case "IsDefined(TEnum)": return LibraryCall.CallOn(Js.Call(Js.Dot(Js.Id("Object"), "values"), e), "includes", c[0]);
            case "GetValues()": return c.Call("$enumValues", e, Bool(false));
            case "GetNames()": return c.Call("$enumValues", e, Bool(true));
            case "GetName(TEnum)": return c.Call("$enumGetName", e, c[0]);
        }
        return null;
    }
}
