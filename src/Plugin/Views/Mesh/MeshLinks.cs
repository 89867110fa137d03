using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Mesh;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Mesh.MeshStrings;

namespace Kmesh.Plugin.Views.Mesh;

/// <summary>Links between the mesh views and Headlamp's pages, all through route names. A link into a mesh view
/// carries its search in the query (<c>?filter=</c>), so it opens on that one row.</summary>
public static class MeshLinks
{
    public static ReactElement Pod(PodRef? pod, string name) =>
        pod is null ? Ui.Text(name) : Links.Pod(pod.Namespace, pod.Name, name);

    public static ReactElement KubernetesService(string ns, string name, string text) =>
        Links.Service(ns, name, text);

    public static ReactElement? Node(string node) =>
        node.Length == 0 ? null : Links.KmeshNode(node);

    public static ReactElement Waypoint(WaypointLink waypoint)
    {
        if (waypoint.None) return Ui.Secondary(S.None);
        if (waypoint.HasGateway && waypoint.Verified)
        {
            return Links.Waypoint(waypoint.GatewayNamespace, waypoint.GatewayName, waypoint.GatewayNamespace + "/" + waypoint.GatewayName);
        }
        string text = waypoint.HasGateway ? waypoint.GatewayNamespace + "/" + waypoint.GatewayName + " (" + waypoint.Text + ")" : waypoint.Text;
        return Mui.Tooltip(new TooltipProps { Title = waypoint.HasGateway ? S.GatewayUnverified : S.GatewayNotFound }, Ui.Text(text));
    }

    public static ReactElement Service(ServiceLink service) =>
        service.Name.Length == 0
            ? Mui.Tooltip(new TooltipProps { Title = S.NotInDump }, Ui.Secondary(service.Hostname))
            : ToView(RouteNames.Services, service.Hostname, service.Hostname);

    public static ReactElement Workload(WorkloadLink workload) =>
        ToView(RouteNames.Workloads, workload.Namespace + " " + workload.Name, workload.Namespace + "/" + workload.Name);

    public static ReactElement Policy(PolicyLink policy) =>
        ToView(RouteNames.Policies, policy.Namespace + " " + policy.Name, policy.Key);

    /// <summary>Links stacked one per line (a cell listing services, policies or workloads).</summary>
    public static ReactElement? Lines(List<ReactElement> links) =>
        links.Count == 0 ? null : Mui.Box(new BoxProps { Display = "flex", FlexDirection = "column" }, links.ToArray());

    private static ReactElement ToView(string route, string search, string text) =>
        CommonComponents.Link(new LinkProps { RouteName = route, Search = MeshQueryString.Build("", search).Substring(1) }, text);
}
