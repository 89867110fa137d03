using CSharpToJs.Js;

namespace CSharpToJs.Lower.Library;

/// <summary>The Try* pattern over a helper that returns the result or null: assigns the out target and yields the
/// success flag, <c>(t = helper(...)) !== null ? (target = t, true) : (target = default, false)</c>.</summary>
internal static class OutResult
{
    public static JsExpr Assign(LibraryCall c, JsExpr helperCall, JsExpr target, JsExpr defaultValue)
    {
        var temp = c.Context.Temp();
        return new JsConditional(
            Js.Bin("!==", new JsAssign(temp, helperCall), JsNull.Instance),
            new JsSequence([new JsAssign(target, temp), new JsBool(true)]),
            new JsSequence([new JsAssign(target, defaultValue), new JsBool(false)]));
    }
}
