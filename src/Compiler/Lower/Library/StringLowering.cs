using System.Collections.Generic;
using CSharpToJs.Js;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>System.String: JavaScript strings with .NET's ordinal semantics (the tests run with invariant
/// globalization, where culture-sensitive comparisons are ordinal) and .NET's argument checks.</summary>
internal sealed class StringLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } = ["System.String"];

    protected override JsExpr? Get(string key, LibraryCall c) => key switch
    {
        "Length" => LibraryCall.Prop(c.This, "length"),
        "this[int]" => c.Call("$charAt", c.This, c[0]),
        "Empty" => Str(""),
        _ => null,
    };

    protected override JsExpr? Create(string key, LibraryCall c) => key switch
    {
        ".ctor(char,int)" => c.Call("$repeatChar", c[0], c[1]),
        ".ctor(char[])" => c.Call("$fromChars", c[0]),
        ".ctor(char[],int,int)" => c.Call("$fromChars", c[0], c[1], c[2]),
        _ => null,
    };

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        switch (key)
        {
            case "Substring(int)": return c.Call("$substr", c.This, c[0]);
            case "Substring(int,int)": return c.Call("$substr", c.This, c[0], c[1]);

            case "IndexOf(char)": return LibraryCall.CallOn(c.This, "indexOf", CharToString(c[0]));
            case "IndexOf(char,int)": return c.Call("$indexOf", c.This, CharToString(c[0]), c[1]);
            case "IndexOf(char,int,int)": return c.Call("$indexOf", c.This, CharToString(c[0]), c[1], c[2]);
            case "IndexOf(char,StringComparison)": return c.Call("$indexOf", c.This, CharToString(c[0]), Undefined, Undefined, IgnoreCase(c, 1));
            case "IndexOf(string)": return c.Call("$indexOf", c.This, c[0]);
            case "IndexOf(string,int)": return c.Call("$indexOf", c.This, c[0], c[1]);
            case "IndexOf(string,int,int)": return c.Call("$indexOf", c.This, c[0], c[1], c[2]);
            case "IndexOf(string,StringComparison)": return c.Call("$indexOf", c.This, c[0], Undefined, Undefined, IgnoreCase(c, 1));
            case "IndexOf(string,int,StringComparison)": return c.Call("$indexOf", c.This, c[0], c[1], Undefined, IgnoreCase(c, 2));
            case "IndexOf(string,int,int,StringComparison)": return c.Call("$indexOf", c.This, c[0], c[1], c[2], IgnoreCase(c, 3));
            case "LastIndexOf(char)": return LibraryCall.CallOn(c.This, "lastIndexOf", CharToString(c[0]));
            case "LastIndexOf(char,int)": return c.Call("$lastIndexOfChar", c.This, c[0], c[1]);
            case "LastIndexOf(string)": return c.Call("$lastIndexOf", c.This, c[0]);
            case "LastIndexOf(string,int)": return c.Call("$lastIndexOf", c.This, c[0], c[1]);
            case "LastIndexOf(string,StringComparison)": return c.Call("$lastIndexOf", c.This, c[0], Undefined, IgnoreCase(c, 1));
            case "LastIndexOf(string,int,StringComparison)": return c.Call("$lastIndexOf", c.This, c[0], c[1], IgnoreCase(c, 2));
            case "IndexOfAny(char[])": return c.Call("$indexOfAny", c.This, c[0], Bool(false));
            case "LastIndexOfAny(char[])": return c.Call("$indexOfAny", c.This, c[0], Bool(true));

            case "Contains(string)": return Js.Bin(">=", c.Call("$indexOf", c.This, c[0]), Num(0));
            case "Contains(char)": return LibraryCall.CallOn(c.This, "includes", CharToString(c[0]));
            case "Contains(string,StringComparison)":
                return Js.Bin(">=", c.Call("$indexOf", c.This, c[0], Undefined, Undefined, IgnoreCase(c, 1)), Num(0));
            case "Contains(char,StringComparison)":
                return Js.Bin(">=", c.Call("$indexOf", c.This, CharToString(c[0]), Undefined, Undefined, IgnoreCase(c, 1)), Num(0));
            case "StartsWith(string)": return c.Call("$startsWith", c.This, c[0], Bool(false), Bool(false));
            case "StartsWith(string,StringComparison)": return c.Call("$startsWith", c.This, c[0], IgnoreCase(c, 1), Bool(false));
            case "StartsWith(char)": return LibraryCall.CallOn(c.This, "startsWith", CharToString(c[0]));
            case "EndsWith(string)": return c.Call("$startsWith", c.This, c[0], Bool(false), Bool(true));
            case "EndsWith(string,StringComparison)": return c.Call("$startsWith", c.This, c[0], IgnoreCase(c, 1), Bool(true));
            case "EndsWith(char)": return LibraryCall.CallOn(c.This, "endsWith", CharToString(c[0]));

            case "Equals(string)":
            case "Equals(object)": return Js.Bin("===", c.This, c[0]);
            case "Equals(string,StringComparison)": return c.Call("$strEq", c.This, c[0], IgnoreCase(c, 1));
            case "Equals(string,string)": return Js.Bin("===", c[0], c[1]);
            case "Equals(string,string,StringComparison)": return c.Call("$strEq", c[0], c[1], IgnoreCase(c, 2));
            case "CompareTo(string)":
            case "CompareTo(object)": return c.Call("$strCmp", c.This, c[0], Bool(false));
            case "Compare(string,string)":
            case "CompareOrdinal(string,string)": return c.Call("$strCmp", c[0], c[1], Bool(false));
            case "Compare(string,string,bool)": return c.Call("$strCmp", c[0], c[1], c[2]);
            case "Compare(string,string,StringComparison)": return c.Call("$strCmp", c[0], c[1], IgnoreCase(c, 2));

            // .NET randomises string hash codes per process, so only their consistency can be relied on.
            case "GetHashCode()": return c.Call("$hash", LibraryCall.CallOn(c.This, "toString"));

            case "ToUpper()":
            case "ToUpperInvariant()": return c.Call("$upper", c.This);
            case "ToLower()":
            case "ToLowerInvariant()": return c.Call("$lower", c.This);
            case "ToString()": return c.This;
            case "Trim()": return c.Call("$trim", c.This, Null, Num(3));
            case "TrimStart()": return c.Call("$trim", c.This, Null, Num(1));
            case "TrimEnd()": return c.Call("$trim", c.This, Null, Num(2));
            case "Trim(char)": return c.Call("$trim", c.This, CharToString(c[0]), Num(3));
            case "TrimStart(char)": return c.Call("$trim", c.This, CharToString(c[0]), Num(1));
            case "TrimEnd(char)": return c.Call("$trim", c.This, CharToString(c[0]), Num(2));
            case "Trim(char[])":
            case "Trim(ReadOnlySpan<char>)": return c.Call("$trim", c.This, CharsToString(c, c[0]), Num(3));
            case "TrimStart(char[])":
            case "TrimStart(ReadOnlySpan<char>)": return c.Call("$trim", c.This, CharsToString(c, c[0]), Num(1));
            case "TrimEnd(char[])":
            case "TrimEnd(ReadOnlySpan<char>)": return c.Call("$trim", c.This, CharsToString(c, c[0]), Num(2));
            case "PadLeft(int)": return c.Call("$pad", c.This, c[0], Num(32), Bool(true));
            case "PadLeft(int,char)": return c.Call("$pad", c.This, c[0], c[1], Bool(true));
            case "PadRight(int)": return c.Call("$pad", c.This, c[0], Num(32), Bool(false));
            case "PadRight(int,char)": return c.Call("$pad", c.This, c[0], c[1], Bool(false));

            case "Replace(char,char)":
                return LibraryCall.CallOn(LibraryCall.CallOn(c.This, "split", CharToString(c[0])), "join", CharToString(c[1]));
            case "Replace(string,string)": return c.Call("$replace", c.This, c[0], c[1]);
            case "Insert(int,string)": return c.Call("$strInsert", c.This, c[0], c[1]);
            case "Remove(int)": return c.Call("$strRemove", c.This, c[0]);
            case "Remove(int,int)": return c.Call("$strRemove", c.This, c[0], c[1]);

            case "Split(char[])":
            case "Split(ReadOnlySpan<char>)": return c.Call("$split", c.This, c[0]);
            case "Split(char,StringSplitOptions)": return c.Call("$split", c.This, Js.Array(c[0]), Undefined, c[1]);
            case "Split(char,int,StringSplitOptions)": return c.Call("$split", c.This, Js.Array(c[0]), c[1], c[2]);
            case "Split(char[],StringSplitOptions)": return c.Call("$split", c.This, c[0], Undefined, c[1]);
            case "Split(char[],int)": return c.Call("$split", c.This, c[0], c[1]);
            case "Split(char[],int,StringSplitOptions)": return c.Call("$split", c.This, c[0], c[1], c[2]);
            case "Split(string,StringSplitOptions)": return c.Call("$split", c.This, Js.Array(c[0]), Undefined, c[1]);
            case "Split(string,int,StringSplitOptions)": return c.Call("$split", c.This, Js.Array(c[0]), c[1], c[2]);
            case "Split(string[],StringSplitOptions)": return c.Call("$split", c.This, c[0], Undefined, c[1]);
            case "Split(string[],int,StringSplitOptions)": return c.Call("$split", c.This, c[0], c[1], c[2]);

            case "ToCharArray()": return c.Call("$toChars", c.This);
            case "ToCharArray(int,int)": return c.Call("$toChars", c.This, c[0], c[1]);
            case "IsNullOrEmpty(string)": return c.Call("$isNullOrEmpty", c[0]);
            case "IsNullOrWhiteSpace(string)": return c.Call("$isNullOrWhiteSpace", c[0]);

            case "Join(string,string[])":
            case "Join(string,ReadOnlySpan<string>)":
            case "Join(string,IEnumerable<string>)": return c.Call("$join", c[0], c[1]);
            case "Join(char,string[])":
            case "Join(char,ReadOnlySpan<string>)": return c.Call("$join", CharToString(c[0]), c[1]);
            case "Join(string,object[])":
            case "Join(string,ReadOnlySpan<object>)": return c.Call("$join", c[0], TextArray.Of(c, 1));
            case "Join(char,object[])":
            case "Join(char,ReadOnlySpan<object>)": return c.Call("$join", CharToString(c[0]), TextArray.Of(c, 1));
            case "Join(string,IEnumerable<T>)": return c.Call("$join", c[0], c[1], TextArray.Mapper(c, c.TypeArguments[0]));
            case "Join(char,IEnumerable<T>)": return c.Call("$join", CharToString(c[0]), c[1], TextArray.Mapper(c, c.TypeArguments[0]));

            case "Concat(string,string)":
            case "Concat(string,string,string)":
            case "Concat(string,string,string,string)":
            case "Concat(object)":
            case "Concat(object,object)":
            case "Concat(object,object,object)": return TextArray.Concat(c);
            case "Concat(string[])":
            case "Concat(ReadOnlySpan<string>)":
            case "Concat(IEnumerable<string>)": return c.Call("$join", Str(""), c[0]);
            case "Concat(object[])":
            case "Concat(ReadOnlySpan<object>)": return c.Call("$join", Str(""), TextArray.Of(c, 0));
            case "Concat(IEnumerable<T>)": return c.Call("$join", Str(""), c[0], TextArray.Mapper(c, c.TypeArguments[0]));

            case "Format(string,object)":
            case "Format(string,object,object)":
            case "Format(string,object,object,object)":
            case "Format(string,object[])":
            case "Format(string,ReadOnlySpan<object>)": return CompositeFormat.Lower(c, 0);
        }
        return null;
    }

    /// <summary>A char[] argument as a string of its characters; a literal array folds to a string literal.</summary>
    private static JsExpr CharsToString(LibraryCall c, JsExpr chars)
    {
        if (chars is JsArray { Elements: var elements } && elements.TrueForAllNumbers(out var text)) return Str(text);
        return c.Call("$fromChars", chars);
    }
}
