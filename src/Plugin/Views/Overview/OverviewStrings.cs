namespace Kmesh.Plugin.Views.Overview;

/// <summary>Every user-visible text of the Overview.</summary>
public static class OverviewStrings
{
    public const string Title = "Kmesh overview";
    public const string Loading = "Loading Kmesh daemons";
    public const string Health = "Mesh health";
    public const string Healthy = "Healthy";
    public const string Degraded = "Degraded";
    public const string Failing = "Failing";
    public const string Daemons = "Daemons ready";
    public const string Modes = "Mode";
    public const string Versions = "Kmesh version";
    public const string VersionSkew = "Version skew";
    public const string NoSkew = "All daemons run the same version";
    public const string EnrolledNamespaces = "Enrolled namespaces";
    public const string NoEnrolledNamespaces = "None";
    public const string Pods = "Pods managed by Kmesh";
    public const string Waypoints = "Waypoints programmed";
    public const string Ipsec = "IPsec";
    public const string Problems = "Problems";
    public const string Mismatches = "Pods whose Kmesh management differs from their labels";
    public const string ColNamespace = "Namespace";
    public const string ColPod = "Pod";
    public const string ColIntended = "Intended (labels)";
    public const string ColActual = "Actual (annotation)";
    public const string ColReason = "Reason";
    public const string Yes = "yes";
    public const string No = "no";
    public const string Events = "Recent Kmesh events";
    public const string NoEvents = "No recent events in kmesh-system.";
    public const string ColType = "Type";
    public const string ColObject = "Object";
    public const string ColMessage = "Message";
    public const string ColAge = "Age";
    public const string Links = "Learn more";
    public const string NodesLink = "Nodes";
    public const string WaypointsLink = "Waypoints";
    public const string MapsLink = "eBPF maps";
    public const string GatewayApiMissing = "not available: the Gateway API is not installed";

    public static string Ratio(int done, int total) => $"{done}/{total}";
    public static string PodsIntendedActual(int intended, int actual) => $"{actual} managed of {intended} intended";
    public const string IpsecOff = "Off";
    public const string IpsecAgreed = "On, all nodes agree on the SPI";
    public const string IpsecRotating = "Key rotation in progress";

    public static string IpsecStateLabel(Kmesh.Model.Rules.IpsecState state) =>
        state == Kmesh.Model.Rules.IpsecState.Disabled ? IpsecOff : state == Kmesh.Model.Rules.IpsecState.Agreed ? IpsecAgreed : IpsecRotating;
}
