using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;

namespace CSharpToJs.Lower.Library;

/// <summary>System.Console output: Write buffers until a newline, WriteLine prints whole lines with console.log.</summary>
internal sealed class ConsoleLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } = ["System.Console"];

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        var helper = c.Member.Name switch { "WriteLine" => "$writeLine", "Write" => "$write", _ => null };
        if (helper is null) return null;
        var parameters = c.Method!.Parameters;
        JsExpr? text;
        if (parameters.Length == 0) text = JsBuild.Str("");
        else if (parameters.Length == 1 && parameters[0].Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char })
            text = c.Call("$fromChars", c[0]);
        else if (parameters.Length == 1)
        {
            var type = parameters[0].Type.SpecialType == SpecialType.System_Object ? c.ArgType(0) : parameters[0].Type;
            if (type is null || type.SpecialType is SpecialType.System_Single or SpecialType.System_Decimal) return null;
            text = c.Context.ToDisplayString(c[0], type);
        }
        else if (parameters[0].Type.SpecialType == SpecialType.System_String) text = CompositeFormat.Lower(c, 0);
        else return null;
        if (text is null) return null;
        return c.Call(helper, text);
    }
}
