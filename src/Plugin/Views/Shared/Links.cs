using Headlamp.Bindings;
using Kmesh.Model.Rules;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>The one place that links an object name to its page: Headlamp's own pages for Kubernetes kinds, ours for
/// Kmesh nodes and waypoints. Always through route names, so multi-cluster URLs stay correct.</summary>
public static class Links
{
    public static ReactElement Pod(string ns, string name, string text) => To(RouteNames.HeadlampPod, ns, name, text);

    public static ReactElement Service(string ns, string name, string text) => To(RouteNames.HeadlampService, ns, name, text);

    public static ReactElement Gateway(string ns, string name, string text) => To(RouteNames.HeadlampGateway, ns, name, text);

    public static ReactElement Namespace(string name) => To(RouteNames.HeadlampNamespace, null, name, name);

    /// <summary>Headlamp's page of the Kubernetes Node.</summary>
    public static ReactElement Node(string name) => To(RouteNames.HeadlampNode, null, name, name);

    /// <summary>Our page of the node's Kmesh daemon.</summary>
    public static ReactElement KmeshNode(string name) => To(RouteNames.Node, null, name, name);

    public static ReactElement Waypoint(string ns, string name, string text) => To(RouteNames.Waypoint, ns, name, text);

    /// <summary>An event's involved object linked to its page when Headlamp has one for the kind; else its text.</summary>
    public static ReactElement InvolvedObject(string? kind, string? ns, string? name)
    {
        string text = $"{kind}/{name}";
        if (name is null || !JsonTypes.IsText(name) || name.Length == 0 || ns is not null && !JsonTypes.IsText(ns)) return Ui.Text(text);
        string? route = kind switch
        {
            "Pod" => RouteNames.HeadlampPod,
            "Service" => RouteNames.HeadlampService,
            "Node" => RouteNames.HeadlampNode,
            "Namespace" => RouteNames.HeadlampNamespace,
            "Gateway" => RouteNames.HeadlampGateway,
            _ => null,
        };
        return route is null ? Ui.Text(text) : To(route, kind == "Node" || kind == "Namespace" ? null : ns, name, text);
    }

    public static string Url(string route) => Router.CreateRouteURL(route, new RouteParams());

    private static ReactElement To(string route, string? ns, string name, string text) =>
        CommonComponents.Link(new LinkProps { RouteName = route, Params = new RouteParams { Namespace = ns, Name = name } }, text);
}
