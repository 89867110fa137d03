using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kmesh.Plugin.Tests.Harness;

/// <summary>
/// Kubernetes objects of the kind cluster the Kmesh fixtures describe (nodes kmesh-control-plane, kmesh-worker,
/// kmesh-worker2; Bookinfo in <c>default</c> labelled istio.io/dataplane-mode=Kmesh; waypoint default/waypoint),
/// shaped like the API server's JSON, and the scenarios the view tests use.
/// </summary>
public static class Clusters
{
    public static readonly string[] NodeNames = ["kmesh-control-plane", "kmesh-worker", "kmesh-worker2"];

    public static JsonObject Meta(string name, string? ns, string created = "2025-12-03T09:10:00Z",
        JsonObject? labels = null, JsonObject? annotations = null)
    {
        var meta = new JsonObject { ["name"] = name, ["uid"] = "uid-" + (ns ?? "") + "-" + name, ["creationTimestamp"] = created };
        if (ns is not null) meta["namespace"] = ns;
        if (labels is not null) meta["labels"] = labels;
        if (annotations is not null) meta["annotations"] = annotations;
        return meta;
    }

    public static JsonObject DaemonPod(string node, int index, string mode = "dual-engine", bool ready = true,
        string version = "v1.2.0", int restarts = 0)
    {
        string name = "kmesh-" + new[] { "7dq2x", "b9kfm", "zt4wp", "q8r2n" }[index % 4];
        string args = "./start_kmesh.sh --mode=" + mode + " --enable-bypass=false --enable-ipsec=true";
        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = Meta(name, "kmesh-system", "2025-12-03T09:13:40Z",
                new JsonObject { ["app"] = "kmesh", ["controller-revision-hash"] = "6d9c7b9f5" }),
            ["spec"] = new JsonObject
            {
                ["nodeName"] = node,
                ["containers"] = new JsonArray(new JsonObject
                {
                    ["name"] = "kmesh",
                    ["image"] = "ghcr.io/kmesh-net/kmesh:" + version,
                    ["command"] = new JsonArray("/bin/sh", "-c"),
                    ["args"] = new JsonArray(args),
                }),
            },
            ["status"] = new JsonObject
            {
                ["phase"] = ready ? "Running" : "Pending",
                ["podIP"] = "172.18.0." + (index + 2),
                ["conditions"] = new JsonArray(new JsonObject { ["type"] = "Ready", ["status"] = ready ? "True" : "False" }),
                ["containerStatuses"] = new JsonArray(new JsonObject
                {
                    ["name"] = "kmesh",
                    ["ready"] = ready,
                    ["restartCount"] = restarts,
                    ["image"] = "ghcr.io/kmesh-net/kmesh:" + version,
                    ["state"] = ready
                        ? new JsonObject { ["running"] = new JsonObject { ["startedAt"] = "2025-12-03T09:13:52Z" } }
                        : new JsonObject { ["waiting"] = new JsonObject { ["reason"] = "CrashLoopBackOff" } },
                }),
            },
        };
    }

    public static JsonObject DaemonSet(int desired, int ready) => new()
    {
        ["apiVersion"] = "apps/v1",
        ["kind"] = "DaemonSet",
        ["metadata"] = Meta("kmesh", "kmesh-system", "2025-12-03T09:13:30Z", new JsonObject { ["app"] = "kmesh" }),
        ["spec"] = new JsonObject { ["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app"] = "kmesh" } } },
        ["status"] = new JsonObject { ["desiredNumberScheduled"] = desired, ["numberReady"] = ready, ["numberAvailable"] = ready },
    };

    public static JsonObject Namespace(string name, string? dataplaneMode = null, string? useWaypoint = null)
    {
        var labels = new JsonObject { ["kubernetes.io/metadata.name"] = name };
        if (dataplaneMode is not null) labels["istio.io/dataplane-mode"] = dataplaneMode;
        if (useWaypoint is not null) labels["istio.io/use-waypoint"] = useWaypoint;
        return new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = Meta(name, null, "2025-12-03T09:00:00Z", labels) };
    }

    public static JsonObject AppPod(string name, string ns, string node, bool managed, JsonObject? extraLabels = null)
    {
        var labels = new JsonObject { ["app"] = name.Split('-')[0] };
        if (extraLabels is not null) foreach (var (k, v) in extraLabels) labels[k] = v!.DeepClone();
        var annotations = managed ? new JsonObject { ["kmesh.net/redirection"] = "enabled" } : null;
        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = Meta(name, ns, "2025-12-03T09:20:00Z", labels, annotations),
            ["spec"] = new JsonObject { ["nodeName"] = node, ["containers"] = new JsonArray(new JsonObject { ["name"] = "app", ["image"] = "docker.io/istio/examples-bookinfo:1.20" }) },
            ["status"] = new JsonObject { ["phase"] = "Running", ["podIP"] = "10.244.1.9" },
        };
    }

    public static JsonObject WaypointPod() => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Pod",
        ["metadata"] = Meta("waypoint-5d8b9c7f4-xk2lp", "default", "2025-12-03T09:31:20Z",
            new JsonObject { ["gateway.networking.k8s.io/gateway-name"] = "waypoint", ["gateway.istio.io/managed"] = "istio.io-mesh-controller" }),
        ["spec"] = new JsonObject { ["nodeName"] = "kmesh-worker2", ["containers"] = new JsonArray(new JsonObject { ["name"] = "istio-proxy", ["image"] = "ghcr.io/kmesh-net/waypoint:v1.2.0" }) },
        ["status"] = new JsonObject { ["phase"] = "Running", ["podIP"] = "10.244.2.14" },
    };

    public static JsonObject Event(string name, string ns, string kind, string objectName, string type, string reason, string message) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Event",
        ["metadata"] = Meta(name, ns, "2025-12-10T08:55:00Z"),
        ["involvedObject"] = new JsonObject { ["kind"] = kind, ["name"] = objectName, ["namespace"] = ns },
        ["type"] = type,
        ["reason"] = reason,
        ["message"] = message,
        ["count"] = 1,
        ["lastTimestamp"] = "2025-12-10T08:55:00Z",
    };

    public static IEnumerable<JsonObject> Items(string fixture) =>
        JsonNode.Parse(Scenario.Fixture(fixture))!["items"]!.AsArray().Select(i => i!.AsObject());

    public static JsonObject Gateway() => JsonNode.Parse(Scenario.Fixture("waypoint-gateway.json"))!.AsObject();

    /// <summary>A healthy three-node dual-engine cluster with IPsec, Bookinfo enrolled and one service waypoint.</summary>
    public static Scenario HealthyDualEngine(string mode = "dual-engine")
    {
        var daemons = NodeNames.Select((n, i) => DaemonPod(n, i, mode)).ToList();
        var scenario = new Scenario()
            .List("Pod", daemons.Concat(new[]
            {
                AppPod("productpage-v1-d5789fdfb-4l8sm", "default", "kmesh-worker", managed: true),
                AppPod("reviews-v1-5b5d6494f4-hx8pv", "default", "kmesh-worker", managed: true),
                AppPod("ratings-v1-6c8c7b6d8-p2q9z", "default", "kmesh-worker2", managed: true),
                WaypointPod(),
            }))
            .List("DaemonSet", new[] { DaemonSet(3, 3) })
            .List("Namespace", new[] { Namespace("default", "Kmesh"), Namespace("kmesh-system"), Namespace("kube-system") })
            .List("Service", new[]
            {
                new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Service", ["metadata"] = Meta("reviews", "default", labels: new JsonObject { ["istio.io/use-waypoint"] = "waypoint" }) },
                new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Service", ["metadata"] = Meta("details", "default") },
            })
            .List("Node", NodeNames.Select(n => new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Node", ["metadata"] = Meta(n, null) }))
            .List("KmeshNodeInfo", Items("kmeshnodeinfo-list.json"))
            .List("Gateway", new[] { Gateway() })
            .List("Event", new[]
            {
                Event("kmesh-7dq2x.1", "kmesh-system", "Pod", "kmesh-7dq2x", "Normal", "Started", "Started container kmesh"),
                Event("kmesh-b9kfm.1", "kmesh-system", "Pod", "kmesh-b9kfm", "Warning", "BackOff", "Back-off restarting failed container kmesh"),
            })
            .Admin("/version", 200, Scenario.Fixture("version.json"))
            .Admin("/debug/config_dump/bpf/dual-engine", mode == "dual-engine" ? 200 : 400,
                mode == "dual-engine" ? Scenario.Fixture("dual-engine-bpf-dump.json") : "\tInvalid Client Mode\n")
            .Admin("/debug/config_dump/bpf/kernel-native", mode == "kernel-native" ? 200 : 400,
                mode == "kernel-native" ? Scenario.Fixture("kernel-native-config-dump.json") : "\tInvalid Client Mode\n")
            .Admin("/debug/config_dump/dual-engine", mode == "dual-engine" ? 200 : 400,
                mode == "dual-engine" ? Scenario.Fixture("dual-engine-config-dump.json") : "\tInvalid Client Mode\n")
            .Admin("/debug/config_dump/kernel-native", mode == "kernel-native" ? 200 : 400,
                mode == "kernel-native" ? Scenario.Fixture("kernel-native-config-dump.json") : "\tInvalid Client Mode\n");
        scenario.Request("/apis/gateway.networking.k8s.io", 200, ApiGroup("gateway.networking.k8s.io", "v1"))
            .Request("/apis/kmesh.net", 200, ApiGroup("kmesh.net", "v1alpha1"));
        // A stock daemon binds its admin API to localhost only: the API server's pod proxy cannot connect.
        foreach (var pod in daemons)
        {
            string name = pod["metadata"]!["name"]!.GetValue<string>();
            string ip = pod["status"]!["podIP"]!.GetValue<string>();
            scenario.RequestPrefix($"/api/v1/namespaces/kmesh-system/pods/{name}:15200/proxy/", 503,
                $"{{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"error trying to reach service: dial tcp {ip}:15200: connect: connection refused\",\"code\":503}}");
        }
        return scenario;
    }

    /// <summary>Discovery's answer for an API group the API server serves.</summary>
    public static string ApiGroup(string name, string version) => new JsonObject
    {
        ["kind"] = "APIGroup",
        ["apiVersion"] = "v1",
        ["name"] = name,
        ["versions"] = new JsonArray(new JsonObject { ["groupVersion"] = name + "/" + version, ["version"] = version }),
        ["preferredVersion"] = new JsonObject { ["groupVersion"] = name + "/" + version, ["version"] = version },
    }.ToJsonString();

    /// <summary>A cluster without Kmesh: no daemon pods, no KmeshNodeInfo CRD, no Gateway API.</summary>
    public static Scenario NotInstalled() => new Scenario()
        .List("Pod", new[] { AppPod("coredns-7db6d8ff4d-2xk9p", "kube-system", "kmesh-control-plane", managed: false) })
        .List("DaemonSet", System.Array.Empty<JsonObject>())
        .List("Namespace", new[] { Namespace("default"), Namespace("kube-system") })
        .List("Service", System.Array.Empty<JsonObject>())
        .List("Node", NodeNames.Select(n => new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Node", ["metadata"] = Meta(n, null) }))
        .ListError("KmeshNodeInfo", 404, "Not Found - the server could not find the requested resource")
        .ListError("Gateway", 404, "Not Found - the server could not find the requested resource")
        .List("Event", System.Array.Empty<JsonObject>());
}
