using System;
using System.Text.Json.Nodes;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.KubeObjects;

/// <summary>Gateway API objects (no typed models in KubernetesClient): waypoints as kmeshctl creates and istiod reports them.</summary>
internal static class GatewayObjects
{
    public static JsonObject Waypoint(WaypointInfo waypoint, string resourceVersion)
    {
        var accepted = waypoint.Created + TimeSpan.FromSeconds(1);
        var programmedAt = waypoint.Created + TimeSpan.FromSeconds(7);
        var status = new JsonObject();
        if (waypoint.Programmed)
        {
            status["addresses"] = new JsonArray { new JsonObject { ["type"] = "IPAddress", ["value"] = waypoint.Vip } };
        }
        status["conditions"] = new JsonArray
        {
            Condition("Accepted", "True", "Accepted", "Resource accepted", accepted),
            waypoint.Programmed
                ? Condition("Programmed", "True", "Programmed", $"Resource programmed, assigned to service(s) {waypoint.Name}.{waypoint.Namespace}.svc.cluster.local:15008", programmedAt)
                : Condition("Programmed", "False", "AddressNotAssigned",
                    $"Assigned to service(s) {waypoint.Name}.{waypoint.Namespace}.svc.cluster.local:15008, but failed to assign to all requested addresses: address pending for hostname \"{waypoint.Name}.{waypoint.Namespace}.svc.cluster.local\"",
                    programmedAt),
        };
        status["listeners"] = new JsonArray
        {
            new JsonObject
            {
                ["attachedRoutes"] = 0,
                ["conditions"] = new JsonArray
                {
                    Condition("Accepted", "True", "Accepted", "No errors found", accepted),
                    Condition("Conflicted", "False", "NoConflicts", "No errors found", accepted),
                    Condition("Programmed", "True", "Programmed", "No errors found", accepted),
                    Condition("ResolvedRefs", "True", "ResolvedRefs", "No errors found", accepted),
                },
                ["name"] = "mesh",
                ["supportedKinds"] = new JsonArray(),
            },
        };
        return new JsonObject
        {
            ["apiVersion"] = "gateway.networking.k8s.io/v1",
            ["kind"] = "Gateway",
            ["metadata"] = new JsonObject
            {
                ["annotations"] = new JsonObject { ["sidecar.istio.io/proxyImage"] = "ghcr.io/kmesh-net/waypoint:v1.2.0" },
                ["creationTimestamp"] = KubeTime.Format(waypoint.Created),
                ["generation"] = 1,
                ["labels"] = new JsonObject { ["istio.io/waypoint-for"] = waypoint.WaypointFor },
                ["name"] = waypoint.Name,
                ["namespace"] = waypoint.Namespace,
                ["resourceVersion"] = resourceVersion,
                ["uid"] = waypoint.Uid,
            },
            ["spec"] = new JsonObject
            {
                ["gatewayClassName"] = "istio-waypoint",
                ["listeners"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["allowedRoutes"] = new JsonObject { ["namespaces"] = new JsonObject { ["from"] = "Same" } },
                        ["name"] = "mesh",
                        ["port"] = 15008,
                        ["protocol"] = "HBONE",
                    },
                },
            },
            ["status"] = status,
        };
    }

    public static JsonObject WaypointClass(DateTime created, string resourceVersion) => new()
    {
        ["apiVersion"] = "gateway.networking.k8s.io/v1",
        ["kind"] = "GatewayClass",
        ["metadata"] = new JsonObject
        {
            ["creationTimestamp"] = KubeTime.Format(created),
            ["generation"] = 1,
            ["name"] = "istio-waypoint",
            ["resourceVersion"] = resourceVersion,
            ["uid"] = PodObjects.Guidish("gatewayclass/istio-waypoint"),
        },
        ["spec"] = new JsonObject
        {
            ["controllerName"] = "istio.io/mesh-controller",
            ["description"] = "The default Istio waypoint GatewayClass",
        },
        ["status"] = new JsonObject
        {
            ["conditions"] = new JsonArray
            {
                Condition("Accepted", "True", "Accepted", "Handled by Istio controller", created + TimeSpan.FromSeconds(1)),
            },
        },
    };

    private static JsonObject Condition(string type, string status, string reason, string message, DateTime at) => new()
    {
        ["lastTransitionTime"] = KubeTime.Format(at),
        ["message"] = message,
        ["observedGeneration"] = 1,
        ["reason"] = reason,
        ["status"] = status,
        ["type"] = type,
    };
}
