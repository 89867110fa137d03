using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>react-router v5's location: the path and the query string (with its leading '?', or "").</summary>
[External]
public sealed class RouterLocation
{
    private RouterLocation() { }
    public extern string Pathname { get; }
    public extern string Search { get; }
}

/// <summary>react-router v5's history: <c>Replace</c> changes the URL without a new history entry.</summary>
[External]
public sealed class RouterHistory
{
    private RouterHistory() { }
    public extern void Replace(string path);
}

/// <summary>pluginLib.ReactRouter's location hook (react-router-dom v5); the history hook is <see cref="RouterQuery.UseHistory"/>.</summary>
[External]
public static class RouterHooks
{
    [Template("pluginLib.ReactRouter.useLocation()")]
    public static extern RouterLocation UseLocation();
}

/// <summary>ECMAScript's URI component coding and the wall clock, for query strings and "fetched at" times.</summary>
[External]
public static class WebText
{
    [Template("encodeURIComponent({text})")]
    public static extern string EncodeUriComponent(string text);

    /// <summary>Throws (URIError) on a malformed escape.</summary>
    [Template("decodeURIComponent({text})")]
    public static extern string DecodeUriComponent(string text);

    [Template("new Date().toISOString()")]
    public static extern string NowIso();

    /// <summary>The rows-per-page preference Headlamp's tables keep in localStorage (<c>tables_rows_per_page</c>),
    /// or 0 when none was chosen: SimpleTable shows that many rows whatever it is given.</summary>
    [Template("(Number(globalThis.localStorage && globalThis.localStorage.getItem('tables_rows_per_page')) || 0)")]
    public static extern int TablesRowsPerPage();
}
