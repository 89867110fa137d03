using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;

namespace CSharpToJs.Lower.Library;

/// <summary>System.Object members reached through a receiver whose static type does not say more (object, a
/// type parameter, a class without overrides): ToString dispatches at run time, Equals uses the runtime equality.</summary>
internal sealed class ObjectLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } = ["System.Object"];

    protected override JsExpr? Text(JsExpr value, ITypeSymbol type, string? format, ILoweringContext context) =>
        Js.Call(context.Helper("$str"), value);

    protected override JsExpr? Invoke(string key, LibraryCall c) => key switch
    {
        // Instance calls on a null receiver throw NullReferenceException ($this), unlike the static helpers.
        "ToString()" => c.InstanceType is IArrayTypeSymbol array ? c.Context.ToDisplayString(c.This, array) : c.Call("$str", c.Call("$this", c.This)),
        "Equals(object)" => c.InstanceType is { IsAnonymousType: true } ? c.Call("$anonEq", c.This, c[0]) : c.Call("$eq", c.Call("$this", c.This), c[0]),
        "Equals(object,object)" => c.Call("$eq", c[0], c[1]),
        "ReferenceEquals(object,object)" => Js.Bin("===", c[0], c[1]),
        "GetHashCode()" => c.InstanceType is { IsAnonymousType: true } ? AnonymousHash(c) : c.Call("$hash", c.Call("$this", c.This)),
        _ => null,
    };

    // .NET hashes an anonymous object's properties; the plain JavaScript object it becomes has only an identity.
    private static JsExpr AnonymousHash(LibraryCall c)
    {
        c.Context.Error(c.Operation, "KJS0002", $"GetHashCode of the anonymous type {c.InstanceType!.ToDisplayString()} is not supported: .NET hashes its properties; use a record");
        return JsBuild.Num(0);
    }
}
