using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;

namespace CSharpToJs.Lower.Library;

/// <summary>string.Format-style calls (also Console.WriteLine(format, args…), StringBuilder.AppendFormat): the
/// format string is parsed at run time by <c>$format</c> with .NET's rules; the arguments arrive as numbers
/// (formatted with their integer width) or as their already computed text.</summary>
internal static class CompositeFormat
{
    /// <summary>Lowers a call whose parameter <paramref name="formatIndex"/> is the format string and whose following
    /// parameters are the values (individually or as one params array). Null when the values are an existing array.</summary>
    public static JsExpr? Lower(LibraryCall c, int formatIndex)
    {
        var values = new List<(JsExpr Value, ITypeSymbol? Type)>();
        var parameters = c.Method!.Parameters;
        for (var i = formatIndex + 1; i < c.Args.Count; i++)
        {
            if (parameters[i].IsParams || parameters[i].IsParamsCollection)
            {
                var elements = TextArray.ParamsElements(c, i);
                if (elements is null) return null;
                values.AddRange(elements);
            }
            else
            {
                values.Add((c[i], c.ArgType(i)));
            }
        }
        var args = new List<JsExpr>();
        var bits = new List<JsExpr>();
        foreach (var (value, type) in values)
        {
            var numberBits = type is null ? null : JsBuild.IntegerBits(JsBuild.IsNullableValue(type, out var inner) ? inner : type);
            args.Add(numberBits is null ? c.Context.ToDisplayString(value, type) : value);
            bits.Add(JsBuild.Num(numberBits ?? -1));
        }
        var call = new List<JsExpr> { c[formatIndex], new JsArray([.. args]) };
        if (bits.Any(b => b is JsNumber { Value: >= 0 })) call.Add(new JsArray([.. bits]));
        return Js.Call(c.Helper("$format"), call);
    }
}
