using System;
using CSharpToJs.Js;

namespace CSharpToJs.Lower.Library;

/// <summary>The Try* pattern over a helper that returns the result or null: assigns the out target and yields the
/// success flag, <c>(t = helper(...)) !== null ? (target = value(t), true) : (target = default, false)</c>.</summary>
internal static class OutResult
{
    public static JsExpr Assign(LibraryCall c, JsExpr helperCall, JsExpr target, JsExpr defaultValue, Func<JsExpr, JsExpr>? value = null)
    {
        var temp = c.Context.Temp();
        return new JsConditional(
            Js.Bin("!==", new JsAssign(temp, helperCall), JsNull.Instance),
            new JsSequence([new JsAssign(target, value is null ? temp : value(temp)), new JsBool(true)]),
            new JsSequence([new JsAssign(target, defaultValue), new JsBool(false)]));
    }

    /// <summary>The value of a [key, value] entry or one-item array at <paramref name="index"/>.</summary>
    public static Func<JsExpr, JsExpr> Item(int index) => t => new JsIndex(t, JsBuild.Num(index));
}
