using System.Collections.Generic;

namespace Kmesh.Model.Rules;

/// <summary>Well-known keys (KMESH.md §5) and null-safe access to labels and annotations, which may be absent
/// anywhere in JSON from the API server.</summary>
public static class Meta
{
    public const string DataplaneModeLabel = "istio.io/dataplane-mode";
    public const string KmeshMode = "kmesh";
    public const string NoneMode = "none";
    public const string RedirectionAnnotation = "kmesh.net/redirection";
    public const string SidecarStatusAnnotation = "sidecar.istio.io/status";
    public const string ManagedGatewayLabel = "gateway.istio.io/managed";
    public const string ManagedGatewayValue = "istio.io-mesh-controller";
    public const string UseWaypointLabel = "istio.io/use-waypoint";
    public const string WaypointForLabel = "istio.io/waypoint-for";
    public const string GatewayNameLabel = "gateway.networking.k8s.io/gateway-name";
    public const string WaypointClass = "istio-waypoint";

    /// <summary>The value under <paramref name="key"/>, or null when the map or the key is absent, or when the map
    /// or the value has the wrong JSON type (<see cref="PodShape"/> reports those; they are never reinterpreted).</summary>
    public static string? Value(IDictionary<string, string>? map, string key)
    {
        if (map is null || !JsonTypes.IsMap(map)) return null;
        return map.TryGetValue(key, out string? value) && JsonTypes.IsText(value) ? value : null;
    }

    public static bool EqualsIgnoreCase(string? a, string b) => a is not null && Json.JsonValue.AsciiEqualsIgnoreCase(a, b);

    /// <summary>Ordinal sort for stable output in native and compiled code alike.</summary>
    public static List<string> Sorted(IEnumerable<string> items)
    {
        var list = new List<string>(items);
        list.Sort((a, b) => string.CompareOrdinal(a, b));
        return list;
    }
}
