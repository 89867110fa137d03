using System.Collections.Generic;
using System.Text.Json.Serialization;
using CSharpToJs.Interop;
using k8s.Models;

namespace Kmesh.Model.Shapes;

/// <summary>Gateway API <c>gateway.networking.k8s.io/v1</c> Gateway (not part of KubernetesClient). Waypoints are
/// Gateways of class <c>istio-waypoint</c>. Only the fields the plugin reads are declared.</summary>
[JsonShape]
public sealed class Gateway
{
    [JsonPropertyName("apiVersion")] public string? ApiVersion { get; set; }
    [JsonPropertyName("kind")] public string? Kind { get; set; }
    [JsonPropertyName("metadata")] public V1ObjectMeta? Metadata { get; set; }
    [JsonPropertyName("spec")] public GatewaySpec? Spec { get; set; }
    [JsonPropertyName("status")] public GatewayStatus? Status { get; set; }
}

[JsonShape]
public sealed class GatewaySpec
{
    [JsonPropertyName("gatewayClassName")] public string? GatewayClassName { get; set; }
    [JsonPropertyName("listeners")] public IList<GatewayListener>? Listeners { get; set; }
    [JsonPropertyName("addresses")] public IList<GatewayAddress>? Addresses { get; set; }
}

[JsonShape]
public sealed class GatewayListener
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("hostname")] public string? Hostname { get; set; }
    [JsonPropertyName("port")] public int? Port { get; set; }
    [JsonPropertyName("protocol")] public string? Protocol { get; set; }
    [JsonPropertyName("allowedRoutes")] public GatewayAllowedRoutes? AllowedRoutes { get; set; }
}

[JsonShape]
public sealed class GatewayAllowedRoutes
{
    [JsonPropertyName("namespaces")] public GatewayRouteNamespaces? Namespaces { get; set; }
}

[JsonShape]
public sealed class GatewayRouteNamespaces
{
    /// <summary><c>Same</c>, <c>All</c> or <c>Selector</c>.</summary>
    [JsonPropertyName("from")] public string? From { get; set; }
}

[JsonShape]
public sealed class GatewayAddress
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("value")] public string? Value { get; set; }
}

[JsonShape]
public sealed class GatewayStatus
{
    [JsonPropertyName("addresses")] public IList<GatewayAddress>? Addresses { get; set; }
    [JsonPropertyName("conditions")] public IList<GatewayCondition>? Conditions { get; set; }
    [JsonPropertyName("listeners")] public IList<GatewayListenerStatus>? Listeners { get; set; }
}

/// <summary>A status condition; times stay ISO strings.</summary>
[JsonShape]
public sealed class GatewayCondition
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("reason")] public string? Reason { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("lastTransitionTime")] public string? LastTransitionTime { get; set; }
    [JsonPropertyName("observedGeneration")] public int? ObservedGeneration { get; set; }
}

[JsonShape]
public sealed class GatewayListenerStatus
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("attachedRoutes")] public int? AttachedRoutes { get; set; }
    [JsonPropertyName("conditions")] public IList<GatewayCondition>? Conditions { get; set; }
}

[JsonShape]
public sealed class GatewayList
{
    [JsonPropertyName("items")] public IList<Gateway>? Items { get; set; }
}
