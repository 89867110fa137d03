using Headlamp.Bindings;
using Kmesh.Plugin.Views.BpfMaps;
using Kmesh.Plugin.Views.Nodes;
using Kmesh.Plugin.Views.Overview;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Waypoints;

namespace Kmesh.Plugin.Registrations;

/// <summary>What the plugin registers with Headlamp when main.js loads: a "Kmesh" sidebar section and named routes.</summary>
public static class PluginRegistrations
{
    public const string Icon = "mdi:hexagon-multiple-outline";

    public static void Main()
    {
        Registry.RegisterSidebarEntry(new SidebarEntry { Parent = null, Name = RouteNames.Sidebar, Label = SidebarStrings.Kmesh, Url = "/kmesh", Icon = Icon });
        Registry.RegisterSidebarEntry(new SidebarEntry { Parent = RouteNames.Sidebar, Name = RouteNames.Overview, Label = SidebarStrings.Overview, Url = "/kmesh" });
        Registry.RegisterSidebarEntry(new SidebarEntry { Parent = RouteNames.Sidebar, Name = RouteNames.Nodes, Label = SidebarStrings.Nodes, Url = "/kmesh/nodes" });
        Registry.RegisterSidebarEntry(new SidebarEntry { Parent = RouteNames.Sidebar, Name = RouteNames.Waypoints, Label = SidebarStrings.Waypoints, Url = "/kmesh/waypoints" });
        Registry.RegisterSidebarEntry(new SidebarEntry { Parent = RouteNames.Sidebar, Name = RouteNames.BpfMaps, Label = SidebarStrings.BpfMaps, Url = "/kmesh/bpf-maps" });

        Registry.RegisterRoute(new Route { Path = "/kmesh", Sidebar = RouteNames.Overview, Name = RouteNames.Overview, Exact = true, Component = OverviewView.Render });
        Registry.RegisterRoute(new Route { Path = "/kmesh/nodes", Sidebar = RouteNames.Nodes, Name = RouteNames.Nodes, Exact = true, Component = NodesView.Render });
        Registry.RegisterRoute(new Route { Path = "/kmesh/nodes/status/:status", Sidebar = RouteNames.Nodes, Name = RouteNames.NodesFiltered, Exact = true, Component = NodesView.Render });
        Registry.RegisterRoute(new Route { Path = "/kmesh/nodes/:name", Sidebar = RouteNames.Nodes, Name = RouteNames.Node, Exact = true, Component = NodeDetailView.Render });
        Registry.RegisterRoute(new Route { Path = "/kmesh/waypoints", Sidebar = RouteNames.Waypoints, Name = RouteNames.Waypoints, Exact = true, Component = WaypointsView.Render });
        Registry.RegisterRoute(new Route { Path = "/kmesh/waypoints/:namespace/:name", Sidebar = RouteNames.Waypoints, Name = RouteNames.Waypoint, Exact = true, Component = WaypointDetailView.Render });
        Registry.RegisterRoute(new Route { Path = "/kmesh/bpf-maps/:node?", Sidebar = RouteNames.BpfMaps, Name = RouteNames.BpfMaps, Exact = true, Component = BpfMapsView.Render });
    }
}

/// <summary>The sidebar's user-visible labels.</summary>
public static class SidebarStrings
{
    public const string Kmesh = "Kmesh";
    public const string Overview = "Overview";
    public const string Nodes = "Nodes";
    public const string Waypoints = "Waypoints";
    public const string BpfMaps = "eBPF Maps";
}
