namespace Kmesh.Plugin.Views.Waypoints;

/// <summary>Every user-visible text of the Waypoints list and details.</summary>
public static class WaypointsStrings
{
    public const string Title = "Waypoints";
    public const string Loading = "Loading waypoints";
    public const string GatewayApiMissing = "The Gateway API (gateway.networking.k8s.io/v1 Gateway) is not installed, so there are no waypoints.";
    public const string None = "No waypoints (Gateways of class istio-waypoint) exist. Create one with: kmeshctl waypoint apply";
    public const string ColName = "Name";
    public const string ColNamespace = "Namespace";
    public const string ColAddress = "Address";
    public const string ColStatus = "Programmed";
    public const string ColFor = "Waypoint for";
    public const string ColImage = "Image";
    public const string ColUsedBy = "Used by";
    public const string ColPods = "Pods";
    public const string ColAge = "Age";
    public const string Programmed = "Programmed";
    public const string NotProgrammed = "Not programmed";
    public const string DetailTitle = "Waypoint";
    public const string NotFound = "This waypoint does not exist (any more).";
    public const string Conditions = "Conditions";
    public const string NoConditions = "istiod has not written any status yet.";
    public const string ColType = "Type";
    public const string ColReason = "Reason";
    public const string ColMessage = "Message";
    public const string ColLastTransition = "Last transition";
    public const string Listeners = "Listeners";
    public const string ColPort = "Port";
    public const string ColProtocol = "Protocol";
    public const string Users = "What uses this waypoint";
    public const string UsersNamespaces = "Namespaces";
    public const string UsersServices = "Services";
    public const string UsersPods = "Pods";
    public const string UsersNone = "Nothing is labelled istio.io/use-waypoint with this waypoint's name.";
    public const string WaypointPods = "Waypoint pods";
    public const string Events = "Events";

    public static string Unreadable(string path, string found) => $"Unreadable: {path} is {found}, expected a list.";

    public const string OpenGateway = "Open it on Headlamp's Gateway page";

    public static string NotAWaypoint(string ns, string name, string gatewayClass) =>
        $"Gateway {ns}/{name} is not a waypoint: its class is \"{gatewayClass}\", not istio-waypoint, so this page does not describe it.";

    public static string UsedBy(int namespaces, int services, int pods) => $"{namespaces} namespaces, {services} services, {pods} pods";
}
