using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.Admin;

/// <summary><c>/debug/config_dump/dual-engine</c>: the workload cache istiod sent, as ordinary Go JSON sorted by name.</summary>
public static class DualEngineConfigDump
{
    public static JsonObject Build(ClusterModel model, MeshIndex index) => new()
    {
        ["workloads"] = new JsonArray(index.Workloads.Select(pod => (JsonNode)Workload(pod, index)).ToArray()),
        ["services"] = new JsonArray(index.MeshServices.OrderBy(s => s.Name, System.StringComparer.Ordinal)
            .ThenBy(s => s.Namespace, System.StringComparer.Ordinal).Select(s => (JsonNode)Service(s, index)).ToArray()),
        ["policies"] = new JsonArray(model.Policies.OrderBy(p => p.Name, System.StringComparer.Ordinal)
            .ThenBy(p => p.Namespace, System.StringComparer.Ordinal).Select(p => (JsonNode)Policy(p)).ToArray()),
    };

    private static JsonObject Workload(WorkloadPod pod, MeshIndex index)
    {
        var node = index.Nodes[pod.NodeName];
        var locality = new JsonObject();
        if (!node.ControlPlane)
        {
            locality["region"] = "region-a";
            locality["zone"] = node.Zone;
        }
        var workload = new JsonObject
        {
            ["uid"] = pod.WorkloadUid,
            ["addresses"] = new JsonArray(JsonValue.Create(pod.PodIp)),
            ["protocol"] = "NONE",
            ["name"] = pod.Name,
            ["namespace"] = pod.Namespace,
            ["serviceAccount"] = pod.ServiceAccount,
            ["workloadName"] = pod.WorkloadName,
            ["workloadType"] = pod.WorkloadType,
            ["canonicalName"] = pod.CanonicalName,
            ["canonicalRevision"] = pod.CanonicalRevision,
            ["clusterId"] = "Kubernetes",
            ["locality"] = locality,
            ["node"] = pod.NodeName,
            ["status"] = pod.Ready ? "HEALTHY" : "UNHEALTHY",
            ["applicationTunnel"] = new JsonObject { ["protocol"] = "" },
        };
        var services = index.ServicesOf[pod];
        if (services.Count > 0)
        {
            workload["services"] = new JsonArray(services.Select(s => (JsonNode)JsonValue.Create($"{s.Namespace}/{s.Hostname}")).ToArray());
        }
        var policies = index.PoliciesOf[pod];
        if (policies.Count > 0)
        {
            workload["authorizationPolicies"] = new JsonArray(policies.Select(p => (JsonNode)JsonValue.Create($"{p.Namespace}/{p.Name}")).ToArray());
        }
        return workload;
    }

    private static JsonObject Service(ServiceInfo service, MeshIndex index) => new()
    {
        ["name"] = service.Name,
        ["namespace"] = service.Namespace,
        ["hostname"] = service.Hostname,
        ["vips"] = new JsonArray(JsonValue.Create("/" + service.ClusterIp)),
        ["ports"] = new JsonArray(service.Ports.Select(p => (JsonNode)new JsonObject { ["service_port"] = p.Port, ["target_port"] = p.TargetPort }).ToArray()),
        ["loadBalancer"] = service.LoadBalancerMode is null
            ? null
            : new JsonObject
            {
                ["mode"] = service.LoadBalancerMode,
                ["routingPreferences"] = new JsonArray("NETWORK", "REGION", "ZONE", "SUBZONE"),
            },
        ["waypoint"] = new JsonObject { ["destination"] = index.WaypointDestinationOf(service) },
    };

    private static JsonObject Policy(PolicyInfo policy) => new()
    {
        ["name"] = policy.Name,
        ["namespace"] = policy.Namespace,
        ["scope"] = policy.Scope,
        ["action"] = policy.Action,
        ["rules"] = JsonNode.Parse(policy.RulesJson),
    };
}
