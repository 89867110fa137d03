using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>System.Text.StringBuilder as the runtime class <c>$StringBuilder</c>; appended values are turned into
/// their .NET text here, where their static type is known.</summary>
internal sealed class StringBuilderLowering : LibraryLoweringBase
{
    private const string Handler = "System.Text.StringBuilder+AppendInterpolatedStringHandler";

    protected override IReadOnlyCollection<string> Types { get; } = ["System.Text.StringBuilder", Handler];

    protected override JsExpr? Text(JsExpr value, ITypeSymbol type, string? format, ILoweringContext context) =>
        LibraryCall.CallOn(value, "ToString");

    protected override JsExpr? Get(string key, LibraryCall c) => key switch
    {
        "Length" => LibraryCall.Prop(c.This, "Length"),
        "this[int]" => LibraryCall.CallOn(c.This, "$charAt", c[0]),
        _ => null,
    };

    protected override JsExpr? Set(string key, LibraryCall c) => key switch
    {
        "Length" => new JsAssign(LibraryCall.Prop(c.This, "Length"), c.Value!),
        _ => null,
    };

    protected override JsExpr? Create(string key, LibraryCall c) => key switch
    {
        ".ctor()" or ".ctor(int)" => Js.New(c.Helper("$StringBuilder"), Str("")),
        ".ctor(string)" or ".ctor(string,int)" => Js.New(c.Helper("$StringBuilder"), c[0]),
        _ => null,
    };

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        var parameters = c.Method!.Parameters;
        if (MemberKeys.TypeName(c.ContainingType) == Handler) return HandlerPart(key, c);
        if (parameters.Length == 1 && parameters[0].Type.Name == "AppendInterpolatedStringHandler")
        {
            // The core lowers the interpolated-string argument to its text through the handler parts below.
            return c.Member.Name switch
            {
                "Append" => LibraryCall.CallOn(c.This, "Append", c[0]),
                "AppendLine" => LibraryCall.CallOn(c.This, "Append", Js.Bin("+", c[0], Str("\n"))),
                _ => null,
            };
        }
        switch (key)
        {
            case "ToString()": return LibraryCall.CallOn(c.This, "ToString");
            case "ToString(int,int)": return c.Call("$substr", LibraryCall.CallOn(c.This, "ToString"), c[0], c[1]);
            case "Clear()": return LibraryCall.CallOn(c.This, "Clear");
            case "AppendLine()": return LibraryCall.CallOn(c.This, "Append", Str("\n"));
            case "AppendLine(string)": return LibraryCall.CallOn(c.This, "Append", Js.Bin("+", c.Context.ToDisplayString(c[0], parameters[0].Type), Str("\n")));
            case "Append(char,int)": return LibraryCall.CallOn(c.This, "Append", c.Call("$repeatChar", c[0], c[1]));
            case "Append(char[])": return LibraryCall.CallOn(c.This, "Append", c.Call("$fromChars", c[0]));
            case "Append(string,int,int)": return LibraryCall.CallOn(c.This, "Append", c.Call("$substr", c[0], c[1], c[2]));
            case "Remove(int,int)": return LibraryCall.CallOn(c.This, "Remove", c[0], c[1]);
            case "Replace(string,string)": return LibraryCall.CallOn(c.This, "Replace", c[0], c[1]);
            case "Replace(char,char)": return LibraryCall.CallOn(c.This, "Replace", CharToString(c[0]), CharToString(c[1]));
            case "AppendJoin(string,IEnumerable<T>)":
                return LibraryCall.CallOn(c.This, "Append", c.Call("$join", c[0], c[1], TextArray.Mapper(c, c.TypeArguments[0])));
            case "AppendJoin(string,string[])":
            case "AppendJoin(string,ReadOnlySpan<string>)":
                return LibraryCall.CallOn(c.This, "Append", c.Call("$join", c[0], c[1]));
            case "AppendJoin(char,string[])":
            case "AppendJoin(char,ReadOnlySpan<string>)":
                return LibraryCall.CallOn(c.This, "Append", c.Call("$join", CharToString(c[0]), c[1]));
        }
        if (c.Member.Name == "AppendFormat" && parameters.Length >= 2 && parameters[0].Type.SpecialType == SpecialType.System_String)
            return CompositeFormat.Lower(c, 0) is { } formatted ? LibraryCall.CallOn(c.This, "Append", formatted) : null;
        if (c.Member.Name is "Append" or "Insert" && parameters.Length == (c.Member.Name == "Append" ? 1 : 2))
        {
            var index = parameters.Length - 1;
            var type = parameters[index].Type.SpecialType == SpecialType.System_Object ? c.ArgType(index) : parameters[index].Type;
            if (type is null || type.SpecialType is SpecialType.System_Single or SpecialType.System_Decimal) return null;
            if (type is IArrayTypeSymbol || type.TypeKind == TypeKind.Pointer) return null;
            var text = type.SpecialType == SpecialType.System_String ? new JsBinary("??", c[index], Str("")) : c.Context.ToDisplayString(c[index], type);
            return c.Member.Name == "Append"
                ? LibraryCall.CallOn(c.This, "Append", text)
                : LibraryCall.CallOn(c.This, "Insert", c[0], text);
        }
        return null;
    }

    /// <summary>One part of <c>sb.Append($"...")</c>: the handler's AppendLiteral/AppendFormatted calls become the
    /// text of that part (format and alignment applied as in any interpolation).</summary>
    private static JsExpr? HandlerPart(string key, LibraryCall c)
    {
        var parameters = c.Method!.OriginalDefinition.Parameters;
        if (c.Member.Name == "AppendLiteral") return c[0];
        if (c.Member.Name != "AppendFormatted" || parameters.Length == 0) return null;
        var type = c.ArgType(0) ?? c.Method.Parameters[0].Type;
        JsExpr? alignment = null;
        string? format = null;
        for (var i = 1; i < parameters.Length; i++)
        {
            if (parameters[i].Type.SpecialType == SpecialType.System_Int32) alignment = c[i];
            else if (parameters[i].Type.SpecialType == SpecialType.System_String)
            {
                if (c.ArgConstant(i) is string constant) format = constant;
                else if (!c.ArgIsConstant(i)) return null;
            }
        }
        JsExpr? text = null;
        if (format is not null)
        {
            foreach (var library in Formatters)
                if (library.LowerToString(c[0], type, format, c.Context) is { } formatted) { text = formatted; break; }
        }
        text ??= c.Context.ToDisplayString(c[0], type);
        return alignment is null ? text : c.Call("$align", text, alignment);
    }

    private static readonly ILibraryLowering[] Formatters = [new NumberLowering(), new TimeLowering()];
}
