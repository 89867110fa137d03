using System;
using System.Threading.Tasks;
using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>Browser primitives the plugin needs to turn callback APIs (exec streams) into tasks.</summary>
[External]
public static class Browser
{
    /// <summary><c>new Promise(executor)</c>: the executor receives the resolve function.</summary>
    [Template("new Promise({executor})")]
    public static extern Task<T> NewPromise<T>(Action<Action<T>> executor);

    [Template("setTimeout({callback}, {milliseconds})")]
    public static extern int SetTimeout(Action callback, int milliseconds);

    [Template("clearTimeout({id})")]
    public static extern void ClearTimeout(int id);
}

/// <summary>The wall clock, read only where the plugin records when something was done.</summary>
[External]
public static class BrowserClock
{
    [Template("new Date().toISOString().replace(/\\.\\d{3}Z$/, 'Z')")]
    public static extern string NowIso();
}
