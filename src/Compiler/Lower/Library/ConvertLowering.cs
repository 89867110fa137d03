using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>System.Convert between numbers, strings and bools, plus base-2/8/16 text and Base64.</summary>
internal sealed class ConvertLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } = ["System.Convert"];

    private static readonly Dictionary<string, (int Kind, double Min, double Max, string Name)> Integral = new()
    {
        ["ToSByte"] = (8, sbyte.MinValue, sbyte.MaxValue, "SByte"),
        ["ToByte"] = (-8, byte.MinValue, byte.MaxValue, "Byte"),
        ["ToInt16"] = (16, short.MinValue, short.MaxValue, "Int16"),
        ["ToUInt16"] = (-16, ushort.MinValue, ushort.MaxValue, "UInt16"),
        ["ToInt32"] = (32, int.MinValue, int.MaxValue, "Int32"),
        ["ToUInt32"] = (-32, uint.MinValue, uint.MaxValue, "UInt32"),
        ["ToInt64"] = (64, long.MinValue, long.MaxValue, "Int64"),
    };

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        var name = c.Member.Name;
        var parameters = c.Method!.Parameters;
        if (parameters.Length == 0) return null;
        var from = parameters[0].Type;
        if (Integral.TryGetValue(name, out var target))
        {
            if (parameters.Length == 2 && from.SpecialType == SpecialType.System_String && parameters[1].Type.SpecialType == SpecialType.System_Int32)
                return c.Call("$parseRadix", c[0], c[1], Num(target.Kind), Str(target.Name));
            if (parameters.Length != 1) return null;
            switch (from.SpecialType)
            {
                case SpecialType.System_String:
                    return c.Call("$parseOrZero", c[0], Num(target.Kind), Num(7), Str(target.Name));
                case SpecialType.System_Double:
                    return c.Call("$toInt32", c[0], Num(target.Min), Num(target.Max), Str(target.Name));
                case SpecialType.System_Boolean:
                    return new JsConditional(c[0], Num(1), Num(0));
            }
            if (IntegerBits(from) is > 0 || from.SpecialType == SpecialType.System_Char)
                return c.Call("$checkRange", c[0], Num(target.Min), Num(target.Max), Str(target.Name));
            return null;
        }
        switch (key)
        {
            case "ToDouble(string)": return c.Call("$parseOrZero", c[0], Num(0), Num(1 | 2 | 4 | 32 | 64 | 128), Str("Double"));
            case "ToBoolean(string)": return c.Call("$toBool", c[0]);
            case "ToBoolean(int)":
            case "ToBoolean(double)": return Js.Bin("!==", c[0], Num(0));
            case "ToBase64String(byte[])": return c.Call("$toBase64", c[0]);
            case "FromBase64String(string)": return c.Call("$fromBase64", c[0]);
            case "ToString(int,int)": return c.Call("$toRadix", c[0], c[1], Num(32));
            case "ToString(long,int)": return c.Call("$toRadix", c[0], c[1], Num(64));
            case "ToString(byte,int)": return c.Call("$toRadix", c[0], c[1], Num(8));
            case "ToString(short,int)": return c.Call("$toRadix", c[0], c[1], Num(16));
        }
        if (name == "ToDouble" && parameters.Length == 1 && IntegerBits(from) is not null) return c[0];
        if (name == "ToString" && parameters.Length == 1)
        {
            if (from.SpecialType == SpecialType.System_Object) return c.Call("$str", c[0]);
            return c.Context.ToDisplayString(c[0], from);
        }
        return null;
    }
}
