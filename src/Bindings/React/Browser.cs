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

    /// <summary>Milliseconds since the epoch (<c>Date.now()</c>): the views pass it to the model as "now".</summary>
    [Template("Date.now()")]
    public static extern double NowMs();

    /// <summary>The local time of day of an epoch time in milliseconds, in the browser's locale.</summary>
    [Template("new Date({milliseconds}).toLocaleTimeString()")]
    public static extern string TimeOfDay(double milliseconds);

    /// <summary>False only while the page is hidden (another tab, minimised): <c>document.visibilityState</c>.</summary>
    [Template("(typeof document === 'undefined' || document.visibilityState !== 'hidden')")]
    public static extern bool PageVisible();

    [Template("document.addEventListener('visibilitychange', {listener})")]
    public static extern void AddVisibilityListener(Action listener);

    [Template("document.removeEventListener('visibilitychange', {listener})")]
    public static extern void RemoveVisibilityListener(Action listener);

    /// <summary><c>encodeURIComponent</c>: a value put into a request's query string.</summary>
    [Template("encodeURIComponent({value})")]
    public static extern string EncodeUriComponent(string value);
}

/// <summary>The wall clock, read only where the plugin records when something was done.</summary>
[External]
public static class BrowserClock
{
    [Template("new Date().toISOString().replace(/\\.\\d{3}Z$/, 'Z')")]
    public static extern string NowIso();
}
