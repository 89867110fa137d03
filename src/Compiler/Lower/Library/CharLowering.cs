using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>System.Char: a char is its UTF-16 code (a number); classification follows .NET's Unicode categories.</summary>
internal sealed class CharLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } = ["System.Char"];

    private static readonly Dictionary<string, string> Classifiers = new()
    {
        ["IsDigit"] = "$isDigit",
        ["IsLetter"] = "$isLetter",
        ["IsLetterOrDigit"] = "$isLetterOrDigit",
        ["IsUpper"] = "$isUpper",
        ["IsLower"] = "$isLower",
        ["IsWhiteSpace"] = "$isWhiteSpace",
        ["IsPunctuation"] = "$isPunctuation",
        ["IsSymbol"] = "$isSymbol",
        ["IsControl"] = "$isControl",
        ["IsNumber"] = "$isNumber",
        ["IsSeparator"] = "$isSeparator",
    };

    /// <summary>The ASCII tests as inclusive code ranges.</summary>
    private static readonly Dictionary<string, (int From, int To)[]> AsciiRanges = new()
    {
        ["IsAsciiDigit"] = [('0', '9')],
        ["IsAsciiLetter"] = [('A', 'Z'), ('a', 'z')],
        ["IsAsciiLetterUpper"] = [('A', 'Z')],
        ["IsAsciiLetterLower"] = [('a', 'z')],
        ["IsAsciiLetterOrDigit"] = [('0', '9'), ('A', 'Z'), ('a', 'z')],
        ["IsAsciiHexDigit"] = [('0', '9'), ('A', 'F'), ('a', 'f')],
        ["IsAsciiHexDigitUpper"] = [('0', '9'), ('A', 'F')],
        ["IsAsciiHexDigitLower"] = [('0', '9'), ('a', 'f')],
        ["IsAscii"] = [(0, 127)],
    };

    protected override JsExpr? Text(JsExpr value, ITypeSymbol type, string? format, ILoweringContext context) =>
        CharToString(value);

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        var name = c.Member.Name;
        if (key == name + "(char)" && Classifiers.TryGetValue(name, out var classifier)) return c.Call(classifier, c[0]);
        if (key == name + "(string,int)" && Classifiers.TryGetValue(name, out var onString))
            return c.Call(onString, c.Call("$charAt", c[0], c[1]));
        if (key == name + "(char)" && AsciiRanges.TryGetValue(name, out var ranges)) return InRanges(c, c[0], ranges);
        switch (key)
        {
            case "ToUpper(char)":
            case "ToUpperInvariant(char)": return c.Call("$charUpper", c[0]);
            case "ToLower(char)":
            case "ToLowerInvariant(char)": return c.Call("$charLower", c[0]);
            case "ToString()": return CharToString(c.This);
            case "ToString(char)": return CharToString(c[0]);
            case "Equals(char)": return Js.Bin("===", c.This, c[0]);
            case "Equals(object)": return c.Call("$boxEquals", c.This, JsBuild.Str("char"), c[0]);
            case "CompareTo(char)": return Js.Bin("-", c.This, c[0]);
            case "IsSurrogate(char)": return InRanges(c, c[0], [(0xD800, 0xDFFF)]);
            case "IsHighSurrogate(char)": return InRanges(c, c[0], [(0xD800, 0xDBFF)]);
            case "IsLowSurrogate(char)": return InRanges(c, c[0], [(0xDC00, 0xDFFF)]);
        }
        return null;
    }

    private static JsExpr InRanges(LibraryCall c, JsExpr value, (int From, int To)[] ranges)
    {
        var (first, again) = c.Twice(value);
        JsExpr? test = null;
        foreach (var (from, to) in ranges)
        {
            var subject = test is null ? first : again;
            var range = Js.Bin("&&", Js.Bin(">=", subject, Num(from)), Js.Bin("<=", again, Num(to)));
            test = test is null ? range : Js.Bin("||", test, range);
        }
        return test!;
    }
}
