using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>pluginLib.Router: URLs of named routes, with the current cluster's prefix.</summary>
[External, JsGlobal("pluginLib.Router")]
public static class Router
{
    public static extern string CreateRouteURL(string routeName, RouteParams? @params);
}

/// <summary>pluginLib.ReactRouter (react-router-dom v5).</summary>
[External]
public static class ReactRouter
{
    /// <summary>The current route's parameters (a hook).</summary>
    [Template("pluginLib.ReactRouter.useParams()")]
    public static extern RouteParams UseParams();
}

/// <summary>pluginLib.Utils.</summary>
[External, JsGlobal("pluginLib.Utils")]
public static class HeadlampUtils
{
    /// <summary>The cluster of the current URL, or null outside a cluster route.</summary>
    public static extern string? GetCluster();

    /// <summary>A short relative age such as "5m" or "3d" for an ISO date.</summary>
    public static extern string TimeAgo(string date);
}
