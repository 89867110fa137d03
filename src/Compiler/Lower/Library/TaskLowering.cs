using System.Collections.Generic;
using CSharpToJs.Js;
using Microsoft.CodeAnalysis;
using static CSharpToJs.Lower.Library.JsBuild;

namespace CSharpToJs.Lower.Library;

/// <summary>Task and Task&lt;T&gt; are Promises: FromResult/CompletedTask resolve, Delay is a setTimeout, WhenAll waits
/// for all and rethrows the first failure in task order, WhenAny resolves with the first task to finish, Run starts the work asynchronously.</summary>
internal sealed class TaskLowering : LibraryLoweringBase
{
    protected override IReadOnlyCollection<string> Types { get; } =
        ["System.Threading.Tasks.Task", "System.Threading.Tasks.Task`1"];

    private static JsExpr Promise(string method, params JsExpr[] args) => Js.Call(Js.Dot(Js.Id("Promise"), method), args);

    protected override JsExpr? Get(string key, LibraryCall c) => key switch
    {
        "CompletedTask" => Promise("resolve"),
        _ => null,
    };

    protected override JsExpr? Invoke(string key, LibraryCall c)
    {
        switch (key)
        {
            case "FromResult(TResult)": return Promise("resolve", c[0]);
            case "Delay(int)": return c.Call("$delay", c[0]);
            case "Delay(TimeSpan)": return c.Call("$delay", LibraryCall.Prop(c[0], "TotalMilliseconds"));
            case "WhenAll(Task<TResult>[])":
            case "WhenAll(IEnumerable<Task<TResult>>)":
            case "WhenAll(ReadOnlySpan<Task<TResult>>)":
                return c.Call("$whenAll", c[0], Bool(true));
            case "WhenAll(Task[])":
            case "WhenAll(IEnumerable<Task>)":
            case "WhenAll(ReadOnlySpan<Task>)":
                return c.Call("$whenAll", c[0], Bool(false));
            case "WhenAny(Task<TResult>[])":
            case "WhenAny(IEnumerable<Task<TResult>>)":
            case "WhenAny(ReadOnlySpan<Task<TResult>>)":
            case "WhenAny(Task[])":
            case "WhenAny(IEnumerable<Task>)":
            case "WhenAny(ReadOnlySpan<Task>)":
            case "WhenAny(Task,Task)":
            case "WhenAny(Task<TResult>,Task<TResult>)":
                return c.Call("$whenAny", c.Args.Count == 2 ? new JsArray([c[0], c[1]]) : c[0]);
            case "Run(Func<Task>)":
            case "Run(Func<Task<TResult>>)":
            case "Run(Func<TResult>)":
            case "Run(Action)":
                return c.Call("$taskRun", c[0]);
            case "ConfigureAwait(bool)": return c.This;
            case "FromException(Exception)":
                return Promise("reject", c[0]);
            case "Yield()": return c.Call("$delay", Num(0));
        }
        return null;
    }
}
