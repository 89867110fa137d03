using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>System.Math for int, long and double arguments. Jint and browsers compute the transcendental
/// functions with the platform's libm, as .NET does; rounding follows .NET's exact algorithms.</summary>
internal sealed class MathLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } = ["System.Math"];

    /// <summary>Math members that are the same function in JavaScript for double arguments.</summary>
    private static readonly Dictionary<string, string> SameAsJs = new()
    {
        ["Sqrt"] = "sqrt", ["Floor"] = "floor", ["Ceiling"] = "ceil", ["Truncate"] = "trunc", ["Exp"] = "exp",
        ["Log10"] = "log10", ["Log2"] = "log2", ["Sin"] = "sin", ["Cos"] = "cos", ["Tan"] = "tan", ["Asin"] = "asin",
        ["Acos"] = "acos", ["Atan"] = "atan", ["Sinh"] = "sinh", ["Cosh"] = "cosh", ["Tanh"] = "tanh", ["Cbrt"] = "cbrt",
    };

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        var name = c.Member.Name;
        var parameters = c.Method!.Parameters;
        var allDouble = parameters.Length > 0 && System.Linq.Enumerable.All(parameters, p => p.Type.SpecialType == SpecialType.System_Double);
        var first = parameters.Length > 0 ? parameters[0].Type : null;
        var integral = first is not null && IntegerBits(first) is > 0;

        if (allDouble && parameters.Length == 1 && SameAsJs.TryGetValue(name, out var js))
            return Js.Call(Js.Dot(Js.Id("Math"), js), c[0]);
        switch (key)
        {
            case "Log(double)": return Js.Call(Js.Dot(Js.Id("Math"), "log"), c[0]);
            case "Log(double,double)": return Js.Bin("/", Js.Call(Js.Dot(Js.Id("Math"), "log"), c[0]), Js.Call(Js.Dot(Js.Id("Math"), "log"), c[1]));
            case "Atan2(double,double)": return Js.Call(Js.Dot(Js.Id("Math"), "atan2"), c[0], c[1]);
            case "Pow(double,double)": return c.Call("$pow", c[0], c[1]);
            case "Round(double)": return c.Call("$roundEven", c[0]);
            case "Round(double,int)": return c.Call("$round", c[0], c[1]);
            case "Round(double,MidpointRounding)": return Midpoint(c, 1) is { } away0 ? c.Call("$round", c[0], Num(0), Bool(away0)) : null;
            case "Round(double,int,MidpointRounding)": return Midpoint(c, 2) is { } away ? c.Call("$round", c[0], c[1], Bool(away)) : null;
            case "Sign(double)": return c.Call("$sign", c[0]);
        }
        if (parameters.Length == 0 || !System.Linq.Enumerable.All(parameters, p => SymbolEqualityComparer.Default.Equals(p.Type, first))) return null;
        if (!allDouble && !integral) return null;
        switch (name)
        {
            case "Abs" when parameters.Length == 1:
                return integral && first!.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_SByte
                    ? c.Call("$absInt", c[0], Num(MinValue(first)))
                    : Js.Call(Js.Dot(Js.Id("Math"), "abs"), c[0]);
            case "Max" when parameters.Length == 2: return Js.Call(Js.Dot(Js.Id("Math"), "max"), c[0], c[1]);
            case "Min" when parameters.Length == 2: return Js.Call(Js.Dot(Js.Id("Math"), "min"), c[0], c[1]);
            case "Clamp" when parameters.Length == 3: return c.Call("$clamp", c[0], c[1], c[2]);
            case "Sign" when parameters.Length == 1 && integral: return Js.Call(Js.Dot(Js.Id("Math"), "sign"), c[0]);
        }
        return null;
    }

    /// <summary>MidpointRounding: ToEven → false, AwayFromZero → true; other modes are not mapped.</summary>
    private static bool? Midpoint(LibraryCall c, int index) => c.ArgConstant(index) switch
    {
        0 => false,
        1 => true,
        _ => null,
    };

    private static double MinValue(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_SByte => sbyte.MinValue,
        SpecialType.System_Int16 => short.MinValue,
        SpecialType.System_Int32 => int.MinValue,
        _ => long.MinValue,
    };
}
