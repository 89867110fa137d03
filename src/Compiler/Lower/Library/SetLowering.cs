using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>HashSet&lt;T&gt;/ISet&lt;T&gt;, Queue&lt;T&gt; and Stack&lt;T&gt; as runtime classes whose methods carry the .NET
/// names, so most members are plain calls; Try* methods use the out pattern.</summary>
internal sealed class SetLowering : LibraryLoweringBase
{
    private const string HashSet = "System.Collections.Generic.HashSet`1";
    private const string Queue = "System.Collections.Generic.Queue`1";
    private const string Stack = "System.Collections.Generic.Stack`1";

    protected override IReadOnlyCollection<string> Types { get; } =
        [HashSet, "System.Collections.Generic.ISet`1", "System.Collections.Generic.IReadOnlySet`1", Queue, Stack];

    private static readonly HashSet<string> SetMethods =
    [
        "Add", "Remove", "Contains", "Clear", "UnionWith", "IntersectWith", "ExceptWith", "SymmetricExceptWith",
        "RemoveWhere", "IsSubsetOf", "IsSupersetOf", "IsProperSubsetOf", "IsProperSupersetOf", "Overlaps", "SetEquals",
    ];

    private static readonly HashSet<string> QueueMethods = ["Enqueue", "Dequeue", "Peek", "Contains", "Clear", "ToArray"];
    private static readonly HashSet<string> StackMethods = ["Push", "Pop", "Peek", "Contains", "Clear", "ToArray"];

    protected override JsExpr? Get(string key, LibraryCall c) => key == "Count" ? LibraryCall.Prop(c.This, "Count") : null;

    protected override JsExpr? Create(string key, LibraryCall c)
    {
        var type = MemberKeys.TypeName(c.ContainingType);
        var element = c.ContainingType.TypeArguments[0];
        if (type is Queue or Stack)
        {
            var helper = type == Queue ? "$Queue" : "$Stack";
            return key switch
            {
                ".ctor()" or ".ctor(int)" => Js.New(c.Helper(helper)),
                ".ctor(IEnumerable<T>)" => Js.New(c.Helper(helper), c[0]),
                _ => null,
            };
        }
        if (type != HashSet) return null;
        switch (key)
        {
            case ".ctor()":
            case ".ctor(int)":
                return Js.New(c.Helper("$HashSet"), Null, Num(KeyModes.For(c, element)));
            case ".ctor(IEnumerable<T>)":
                return Js.New(c.Helper("$HashSet"), c[0], Num(KeyModes.For(c, element)));
            case ".ctor(IEqualityComparer<T>)":
                return Js.New(c.Helper("$HashSet"), Null, KeyModes.WithComparer(c, 0, element));
            case ".ctor(IEnumerable<T>,IEqualityComparer<T>)":
                return Js.New(c.Helper("$HashSet"), c[0], KeyModes.WithComparer(c, 1, element));
        }
        return null;
    }

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        var type = MemberKeys.TypeName(c.ContainingType);
        var name = c.Member.Name;
        var element = c.ContainingType.TypeArguments[0];
        if (type is Queue or Stack)
        {
            if ((type == Queue ? QueueMethods : StackMethods).Contains(name)) return LibraryCall.CallOn(c.This, name, [.. c.Args]);
            var remove = name is "TryDequeue" or "TryPop";
            if (name is "TryDequeue" or "TryPeek" or "TryPop" && c.Args.Count == 1 && Defaults.Of(element) is { } d)
                return OutResult.Assign(c, LibraryCall.CallOn(c.This, "$try", Bool(remove)), c[0], d, OutResult.Item(0));
            return null;
        }
        return SetMethods.Contains(name) ? LibraryCall.CallOn(c.This, name, [.. c.Args]) : null;
    }
}
