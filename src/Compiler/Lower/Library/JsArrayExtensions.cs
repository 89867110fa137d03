using System.Collections.Generic;
using System.Text;
using CSharpToJs.Js;

namespace CSharpToJs.Lower.Library;

internal static class JsArrayExtensions
{
    /// <summary>True when every element is a numeric literal (char codes); <paramref name="text"/> is their string.</summary>
    public static bool TrueForAllNumbers(this IReadOnlyList<JsExpr?> elements, out string text)
    {
        var builder = new StringBuilder();
        foreach (var element in elements)
        {
            if (element is not JsNumber number) { text = ""; return false; }
            builder.Append((char)(int)number.Value);
        }
        text = builder.ToString();
        return true;
    }
}
