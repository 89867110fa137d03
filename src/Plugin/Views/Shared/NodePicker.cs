using System.Collections.Generic;
using System.Linq;
using Headlamp.Bindings;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>The node choice of a per-node view, kept in the route (<c>…/:node</c>) so a link can be shared; the
/// query string (tab, search) is kept when the user switches nodes.</summary>
public static class NodePicker
{
    public static ReactElement Render(string label, string routeName, string chosen, List<string> nodes, RouterHistory history) =>
        Mui.TextField(new TextFieldProps
        {
            Select = true,
            Label = label,
            Value = nodes.Contains(chosen) ? chosen : "",
            Size = "small",
            OnChange = e => RouterQuery.PushKeepingQuery(history, Router.CreateRouteURL(routeName, new RouteParams { Node = e.Target.Value })),
        }, nodes.Select(n => (object?)Mui.MenuItem(new MenuItemProps { Value = n, Key = n }, n)).ToArray());
}
