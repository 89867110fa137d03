using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Waypoints;

/// <summary>Every user-visible text of the Waypoints list and details.</summary>
public static class WaypointsStrings
{
    public static string Title => Tr.T("Waypoints");
    public static string Loading => Tr.T("Loading waypoints");
    public static string GatewayApiMissing => Tr.T("The Gateway API (gateway.networking.k8s.io/v1 Gateway) is not installed, so there are no waypoints.");
    public static string None => Tr.T("No waypoints (Gateways of class istio-waypoint) exist. Create one with: kmeshctl waypoint apply");
    public static string ColName => Tr.T("Name");
    public static string ColNamespace => Tr.T("Namespace");
    public static string ColAddress => Tr.T("Address");
    public static string ColStatus => Tr.T("Programmed");
    public static string ColFor => Tr.T("Waypoint for");
    public static string ColImage => Tr.T("Image");
    public static string ColUsedBy => Tr.T("Used by");
    public static string ColPods => Tr.T("Pods");
    public static string ColAge => Tr.T("Age");
    public static string Programmed => Tr.T("Programmed");
    public static string NotProgrammed => Tr.T("Not programmed");
    public static string DetailTitle => Tr.T("Waypoint");
    public static string NotFound => Tr.T("This waypoint does not exist (any more).");
    public static string Conditions => Tr.T("Conditions");
    public static string NoConditions => Tr.T("istiod has not written any status yet.");
    public static string ColType => Tr.T("Type");
    public static string ColReason => Tr.T("Reason");
    public static string ColMessage => Tr.T("Message");
    public static string ColLastTransition => Tr.T("Last transition");
    public static string Listeners => Tr.T("Listeners");
    public static string ColPort => Tr.T("Port");
    public static string ColProtocol => Tr.T("Protocol");
    public static string Users => Tr.T("What uses this waypoint");
    public static string UsersNamespaces => Tr.T("Namespaces");
    public static string UsersServices => Tr.T("Services");
    public static string UsersPods => Tr.T("Pods");
    public static string UsersNone => Tr.T("Nothing is labelled istio.io/use-waypoint with this waypoint's name.");
    public static string WaypointPods => Tr.T("Waypoint pods");
    public static string Events => Tr.T("Events");

    public static string Unreadable(string path, string found) => Tr.T("Unreadable: {{path}} is {{found}}, expected a list.", "path", path, "found", found);

    public static string OpenGateway => Tr.T("Open it on Headlamp's Gateway page");

    public static string NotAWaypoint(string ns, string name, string gatewayClass) =>
        Tr.T("Gateway {{ns}}/{{name}} is not a waypoint: its class is \"{{gatewayClass}}\", not istio-waypoint, so this page does not describe it.", "ns", ns, "name", name, "gatewayClass", gatewayClass);

    public static string UsedBy(int namespaces, int services, int pods) => Tr.T("{{namespaces}} namespaces, {{services}} services, {{pods}} pods", "namespaces", namespaces, "services", services, "pods", pods);
}
