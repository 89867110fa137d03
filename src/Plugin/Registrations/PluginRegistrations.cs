using Headlamp.Bindings;
using Kmesh.Model.Text;
using Kmesh.Plugin.Views.BpfMaps;
using Kmesh.Plugin.Views.Columns;
using Kmesh.Plugin.Views.KernelNative;
using Kmesh.Plugin.Views.Map;
using Kmesh.Plugin.Views.Nodes;
using Kmesh.Plugin.Views.Overview;
using Kmesh.Plugin.Views.Policies;
using Kmesh.Plugin.Views.Sections;
using Kmesh.Plugin.Views.Services;
using Kmesh.Plugin.Views.Settings;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Sidebar;
using Kmesh.Plugin.Views.Traffic;
using Kmesh.Plugin.Views.Translations;
using Kmesh.Plugin.Views.Waypoints;
using Kmesh.Plugin.Views.Workloads;

namespace Kmesh.Plugin.Registrations;

/// <summary>What the plugin registers with Headlamp when main.js loads: a "Kmesh" sidebar section and named routes,
/// and its place in Headlamp's own pages: the Kmesh column of the Pods and Namespaces tables, the map's Kmesh sources,
/// the KmeshNodeInfo kind icon, the section's sidebar filter (hidden where Kmesh is not installed) and its settings.</summary>
public static class PluginRegistrations
{
    public const string Icon = "mdi:hexagon-multiple-outline";

    public static void Main()
    {
        // The model's sentences are worded through the plugin's translation (English until a hook is ready).
        Say.Translator = (template, namesAndValues) => Tr.Model(template, namesAndValues);
        RegisterSection();
        Registry.RegisterSidebarEntry(new SidebarEntry { Parent = RouteNames.Sidebar, Name = RouteNames.Overview, Label = Translated.Label(() => SidebarStrings.Overview), Url = "/kmesh" });
        Registry.RegisterSidebarEntry(new SidebarEntry { Parent = RouteNames.Sidebar, Name = RouteNames.Nodes, Label = Translated.Label(() => SidebarStrings.Nodes), Url = "/kmesh/nodes" });
        Registry.RegisterSidebarEntry(new SidebarEntry { Parent = RouteNames.Sidebar, Name = RouteNames.Waypoints, Label = Translated.Label(() => SidebarStrings.Waypoints), Url = "/kmesh/waypoints" });
        Registry.RegisterSidebarEntry(new SidebarEntry { Parent = RouteNames.Sidebar, Name = RouteNames.BpfMaps, Label = Translated.Label(() => SidebarStrings.BpfMaps), Url = "/kmesh/bpf-maps" });
        Registry.RegisterSidebarEntry(new SidebarEntry { Parent = RouteNames.Sidebar, Name = RouteNames.Workloads, Label = Translated.Label(() => SidebarStrings.Workloads), Url = "/kmesh/workloads" });
        Registry.RegisterSidebarEntry(new SidebarEntry { Parent = RouteNames.Sidebar, Name = RouteNames.Services, Label = Translated.Label(() => SidebarStrings.Services), Url = "/kmesh/services" });
        Registry.RegisterSidebarEntry(new SidebarEntry { Parent = RouteNames.Sidebar, Name = RouteNames.Policies, Label = Translated.Label(() => SidebarStrings.Policies), Url = "/kmesh/policies" });
        Registry.RegisterSidebarEntry(new SidebarEntry { Parent = RouteNames.Sidebar, Name = RouteNames.Traffic, Label = Translated.Label(() => SidebarStrings.Traffic), Url = "/kmesh/traffic" });
        Registry.RegisterSidebarEntry(new SidebarEntry { Parent = RouteNames.Sidebar, Name = RouteNames.KernelNative, Label = Translated.Label(() => SidebarStrings.KernelNative), Url = "/kmesh/kernel-native" });

        Registry.RegisterRoute(new Route { Path = "/kmesh", Sidebar = RouteNames.Overview, Name = RouteNames.Overview, Exact = true, Component = Translated.Route(OverviewView.Render) });
        Registry.RegisterRoute(new Route { Path = "/kmesh/nodes", Sidebar = RouteNames.Nodes, Name = RouteNames.Nodes, Exact = true, Component = Translated.Route(NodesView.Render) });
        Registry.RegisterRoute(new Route { Path = "/kmesh/nodes/status/:status", Sidebar = RouteNames.Nodes, Name = RouteNames.NodesFiltered, Exact = true, Component = Translated.Route(NodesView.Render) });
        Registry.RegisterRoute(new Route { Path = "/kmesh/nodes/:name", Sidebar = RouteNames.Nodes, Name = RouteNames.Node, Exact = true, Component = Translated.Route(NodeDetailView.Render) });
        Registry.RegisterRoute(new Route { Path = "/kmesh/waypoints", Sidebar = RouteNames.Waypoints, Name = RouteNames.Waypoints, Exact = true, Component = Translated.Route(WaypointsView.Render) });
        Registry.RegisterRoute(new Route { Path = "/kmesh/waypoints/:namespace/:name", Sidebar = RouteNames.Waypoints, Name = RouteNames.Waypoint, Exact = true, Component = Translated.Route(WaypointDetailView.Render) });
        Registry.RegisterRoute(new Route { Path = "/kmesh/bpf-maps/:node?", Sidebar = RouteNames.BpfMaps, Name = RouteNames.BpfMaps, Exact = true, Component = Translated.Route(BpfMapsView.Render) });
        Registry.RegisterRoute(new Route { Path = "/kmesh/workloads", Sidebar = RouteNames.Workloads, Name = RouteNames.Workloads, Exact = true, Component = Translated.Route(WorkloadsView.Render) });
        Registry.RegisterRoute(new Route { Path = "/kmesh/services", Sidebar = RouteNames.Services, Name = RouteNames.Services, Exact = true, Component = Translated.Route(ServicesView.Render) });
        Registry.RegisterRoute(new Route { Path = "/kmesh/policies", Sidebar = RouteNames.Policies, Name = RouteNames.Policies, Exact = true, Component = Translated.Route(PoliciesView.Render) });
        Registry.RegisterRoute(new Route { Path = "/kmesh/traffic/:node?", Sidebar = RouteNames.Traffic, Name = RouteNames.Traffic, Exact = true, Component = Translated.Route(TrafficView.Render) });
        Registry.RegisterRoute(new Route { Path = "/kmesh/kernel-native/:node?", Sidebar = RouteNames.KernelNative, Name = RouteNames.KernelNative, Exact = true, Component = Translated.Route(KernelNativeView.Render) });

        Registry.RegisterDetailsViewSection(KmeshSections.Render);
        RegistryIntegrations.RegisterResourceTableColumnsProcessor(new TableColumnsProcessor { Id = KmeshColumns.ProcessorId, Processor = KmeshColumns.Process });
        RegistryIntegrations.RegisterMapSource(KmeshMapSources.Group(Icon));
        RegistryIntegrations.RegisterKindIcon(KmeshResources.NodeInfoKind, new KindIconDefinition { Icon = IconifyIcon.Of(Icon) });
        RegistryIntegrations.RegisterSidebarEntryFilter(entry => SidebarGate.Filter(entry, RegisterSection));
        RegistryIntegrations.RegisterPluginSettings(KmeshConfig.Key, SettingsView.Render, false);
    }

    /// <summary>The section's top entry (registered again to make Headlamp re-run the sidebar filter).</summary>
    private static void RegisterSection() =>
        Registry.RegisterSidebarEntry(new SidebarEntry { Parent = null, Name = RouteNames.Sidebar, Label = SidebarStrings.Kmesh, Url = "/kmesh", Icon = Icon });
}

/// <summary>The sidebar's user-visible labels.</summary>
public static class SidebarStrings
{
    public static string Kmesh => Tr.T("Kmesh");
    public static string Overview => Tr.T("Overview");
    public static string Nodes => Tr.T("Nodes");
    public static string Waypoints => Tr.T("Waypoints");
    public static string BpfMaps => Tr.T("eBPF Maps");
    public static string Workloads => Tr.T("Workloads");
    public static string Services => Tr.T("Services");
    public static string Policies => Tr.T("Authorization Policies");
    public static string Traffic => Tr.T("Traffic");
    public static string KernelNative => Tr.T("Kernel-native config");
}
