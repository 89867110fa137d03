using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;

namespace CSharpToJs.Lower.Library;

/// <summary>IComparable&lt;T&gt;.CompareTo through an interface or type parameter, and Nullable.Compare: the runtime
/// default comparer (numbers, ordinal strings, bools, null first, CompareTo of compiled classes).</summary>
internal sealed class ComparableLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } =
        ["System.IComparable`1", "System.IComparable", "System.Nullable", "System.Collections.Generic.Comparer`1"];

    /// <summary>Comparer&lt;T&gt;.Default: for a char or an integer narrower than int, Compare answers the difference of
    /// the values (their CompareTo does), for everything else the runtime default comparer.</summary>
    protected override JsExpr? Get(string key, LibraryCall c) => key == "Default"
        ? new JsObject([new JsProperty("Compare", c.Helper(AnswersDifference(c.ContainingType.TypeArguments[0]) ? "$compareDiff" : "$compare"))])
        : null;

    private static bool AnswersDifference(ITypeSymbol type) =>
        ProgramContext.StripNullable(type)!.SpecialType is SpecialType.System_Char or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Byte or SpecialType.System_SByte;

    protected override JsExpr? Invoke(string key, LibraryCall c) => key switch
    {
        "CompareTo(T)" or "CompareTo(object)" => c.Call("$compare", c.This, c[0]),
        "Compare(T?,T?)" or "Compare(T,T)" => c.Receiver is null ? c.Call("$compare", c[0], c[1]) : LibraryCall.CallOn(c.This, "Compare", c[0], c[1]),
        _ => null,
    };
}
