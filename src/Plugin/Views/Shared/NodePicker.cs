using System.Collections.Generic;
using System.Linq;
using Headlamp.Bindings;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>The node choice of a per-node view, kept in the route (<c>…/:node</c>) so a link can be shared; the
/// query string (tab, search) is kept when the user switches nodes.</summary>
public static class NodePicker
{
    /// <remarks>An empty select is as narrow as its arrow, which cut the label to "No…" before a node was chosen: the
    /// field keeps a minimum width and grows with a long node name.</remarks>
    public static ReactElement Render(string label, string routeName, string chosen, List<string> nodes, RouterHistory history) =>
        Mui.Box(new BoxProps { MinWidth = "14rem" }, Mui.TextField(new TextFieldProps
        {
            Select = true,
            FullWidth = true,
            Label = label,
            Value = nodes.Contains(chosen) ? chosen : "",
            Size = "small",
            OnChange = e => RouterQuery.PushKeepingQuery(history, Router.CreateRouteURL(routeName, new RouteParams { Node = e.Target.Value })),
        }, nodes.Select(n => (object?)Mui.MenuItem(new MenuItemProps { Value = n, Key = n }, n)).ToArray()));
}
