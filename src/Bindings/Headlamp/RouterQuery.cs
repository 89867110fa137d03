using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>The query string of the current URL (react-router-dom v5's useLocation and useHistory), for view state
/// that should survive a reload or a shared link.</summary>
[External]
public static class RouterQuery
{
    /// <summary>The value of query parameter <paramref name="name"/> in the current location, or "" (a hook).</summary>
    [Template("(new URLSearchParams(pluginLib.ReactRouter.useLocation().search).get({name}) || '')")]
    public static extern string UseQueryValue(string name);

    /// <summary>The history object (a hook); pass it to <see cref="ReplaceQuery"/>.</summary>
    [Template("pluginLib.ReactRouter.useHistory()")]
    public static extern RouterHistory UseHistory();

    /// <summary>Replaces the query parameter <paramref name="name"/> (removed when empty) without a new history entry.</summary>
    [Template("((h, n, v) => { const p = new URLSearchParams(h.location.search); if (v) p.set(n, v); else p.delete(n); const q = p.toString(); h.replace(Object.fromEntries([['pathname', h.location.pathname], ['search', q ? '?' + q : '']])); })({history}, {name}, {value})")]
    public static extern void ReplaceQuery(RouterHistory history, string name, string value);

    /// <summary>Navigates to <paramref name="url"/> keeping the current query string (e.g. another node, same tab).</summary>
    [Template("{history}.push({url} + {history}.location.search)")]
    public static extern void PushKeepingQuery(RouterHistory history, string url);
}
