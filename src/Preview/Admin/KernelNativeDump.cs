using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kmesh.Preview.Scenarios;

namespace Kmesh.Preview.Admin;

/// <summary>
/// <c>/debug/config_dump/kernel-native</c> and its BPF twin: xDS resources in protobuf JSON (lowerCamelCase, zero values
/// omitted), with addresses encoded as the BPF maps store them: ipv4 is the little-endian uint32 of the dotted quad and
/// the port is byte-swapped.
/// </summary>
public static class KernelNativeDump
{
    private const uint Unlimited = 4294967295;

    public static JsonObject Build(MeshIndex index, bool fromBpf)
    {
        var tcpServices = index.MeshServices.SelectMany(s => s.Ports.Where(p => p.Protocol == "TCP" && !IsHttp(p)).Select(p => (Service: s, Port: p))).ToList();
        var httpServices = index.MeshServices.SelectMany(s => s.Ports.Where(IsHttp).Select(p => (Service: s, Port: p))).ToList();

        var listeners = new List<JsonNode>();
        foreach (var port in httpServices.Select(h => h.Port.Port).Distinct().Order())
        {
            listeners.Add(Listener($"0.0.0.0_{port}", 0, port, HttpFilter(port.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
        foreach (var (service, port) in tcpServices)
        {
            var cluster = ClusterName(service, port);
            listeners.Add(Listener($"{service.ClusterIp}_{port.Port}", EncodeIpv4(service.ClusterIp), port.Port, TcpProxy(cluster, cluster)));
        }
        listeners.Add(VirtualOutbound());

        var clusters = new List<JsonNode>
        {
            new JsonObject { ["name"] = "BlackHoleCluster", ["id"] = 1, ["connectTimeout"] = 10, ["loadAssignment"] = new JsonObject() },
            new JsonObject
            {
                ["name"] = "PassthroughCluster", ["id"] = 2, ["connectTimeout"] = 10, ["lbPolicy"] = 6,
                ["loadAssignment"] = new JsonObject(), ["circuitBreakers"] = CircuitBreakers(),
            },
        };
        var id = 3;
        foreach (var (service, port) in httpServices.Concat(tcpServices))
        {
            clusters.Add(Cluster(service, port, index.EndpointsOf[service], id++));
        }

        if (fromBpf)
        {
            DriftFromConfig(listeners, clusters);
        }

        var resources = new JsonObject();
        if (!fromBpf)
        {
            resources["versionInfo"] = "v2";
        }
        resources["listenerConfigs"] = new JsonArray(listeners.ToArray());
        if (!fromBpf)
        {
            resources["routeConfigs"] = new JsonArray(httpServices.GroupBy(h => h.Port.Port).OrderBy(g => g.Key)
                .Select(g => (JsonNode)RouteConfig(g.Key, g.Select(h => h.Service))).ToArray());
        }
        resources["clusterConfigs"] = new JsonArray(clusters.ToArray());
        return new JsonObject { ["dynamicResources"] = resources };
    }

    /// <summary>
    /// What a daemon that fell behind reads back: the first service listener was never written to BPF, and a cluster of
    /// a service deleted from the mesh is still there, so the comparison view has one entry to flag each way.
    /// </summary>
    private static void DriftFromConfig(List<JsonNode> listeners, List<JsonNode> clusters)
    {
        if (listeners.Count > 1)
        {
            listeners.RemoveAt(0);
        }
        clusters.Add(new JsonObject
        {
            ["apiStatus"] = "DELETE",
            ["name"] = "outbound|9080||reviews-legacy.default.svc.cluster.local",
            ["id"] = clusters.Count + 1000,
            ["connectTimeout"] = 10,
            ["lbPolicy"] = "LEAST_REQUEST",
            ["loadAssignment"] = new JsonObject(),
            ["circuitBreakers"] = CircuitBreakers(),
        });
    }

    /// <summary>10.96.45.12 → 204300298: the dotted quad's bytes read as a little-endian uint32.</summary>
    public static uint EncodeIpv4(string dotted)
    {
        var parts = dotted.Split('.').Select(byte.Parse).ToArray();
        return (uint)(parts[0] | parts[1] << 8 | parts[2] << 16 | parts[3] << 24);
    }

    /// <summary>9080 → 30755: the port in network byte order read on a little-endian host.</summary>
    public static int EncodePort(int port) => ((port & 0xFF) << 8) | ((port >> 8) & 0xFF);

    private static bool IsHttp(ServicePortInfo port) => (port.Name == "http" || port.Name.StartsWith("http-", StringComparison.Ordinal)) && port.Protocol == "TCP";

    private static string ClusterName(ServiceInfo service, ServicePortInfo port) => $"outbound|{port.Port}||{service.Hostname}";

    private static JsonObject Address(uint ipv4, int port)
    {
        var address = new JsonObject { ["port"] = EncodePort(port) };
        if (ipv4 != 0)
        {
            address["ipv4"] = ipv4;
        }
        return address;
    }

    private static JsonObject Listener(string name, uint ipv4, int port, JsonObject filter) => new()
    {
        ["name"] = name,
        ["address"] = Address(ipv4, port),
        ["filterChains"] = new JsonArray(new JsonObject { ["filterChainMatch"] = new JsonObject(), ["filters"] = new JsonArray(filter) }),
    };

    private static JsonObject HttpFilter(string routeConfigName) => new()
    {
        ["name"] = "envoy.filters.network.http_connection_manager",
        ["httpConnectionManager"] = new JsonObject { ["routeConfigName"] = routeConfigName },
    };

    private static JsonObject TcpProxy(string statPrefix, string cluster) => new()
    {
        ["name"] = "envoy.filters.network.tcp_proxy",
        ["tcpProxy"] = new JsonObject { ["statPrefix"] = statPrefix, ["cluster"] = cluster },
    };

    private static JsonObject VirtualOutbound() => new()
    {
        ["name"] = "virtualOutbound",
        ["address"] = Address(0, 15001),
        ["filterChains"] = new JsonArray(
            new JsonObject
            {
                ["filterChainMatch"] = new JsonObject { ["destinationPort"] = 15001 },
                ["filters"] = new JsonArray(TcpProxy("BlackHoleCluster", "BlackHoleCluster")),
                ["name"] = "virtualOutbound-blackhole",
            },
            new JsonObject
            {
                ["filterChainMatch"] = new JsonObject(),
                ["filters"] = new JsonArray(TcpProxy("PassthroughCluster", "PassthroughCluster")),
                ["name"] = "virtualOutbound-catchall-tcp",
            }),
    };

    private static JsonObject RouteConfig(int port, IEnumerable<ServiceInfo> services)
    {
        var hosts = services.Select(s => (JsonNode)new JsonObject
        {
            ["name"] = $"{s.Hostname}:{port}",
            ["domains"] = new JsonArray(s.Hostname, s.Name, $"{s.Name}.{s.Namespace}.svc", $"{s.Name}.{s.Namespace}", s.ClusterIp),
            ["routes"] = new JsonArray(new JsonObject
            {
                ["name"] = "default",
                ["match"] = new JsonObject { ["prefix"] = "/" },
                ["route"] = new JsonObject
                {
                    ["cluster"] = $"outbound|{port}||{s.Hostname}",
                    ["retryPolicy"] = new JsonObject { ["numRetries"] = 2 },
                },
            }),
        }).ToList();
        hosts.Add(new JsonObject
        {
            ["name"] = "allow_any",
            ["domains"] = new JsonArray("*"),
            ["routes"] = new JsonArray(new JsonObject
            {
                ["name"] = "allow_any",
                ["match"] = new JsonObject { ["prefix"] = "/" },
                ["route"] = new JsonObject { ["cluster"] = "PassthroughCluster" },
            }),
        });
        return new JsonObject { ["name"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["virtualHosts"] = new JsonArray(hosts.ToArray()) };
    }

    private static JsonObject Cluster(ServiceInfo service, ServicePortInfo port, IReadOnlyList<WorkloadPod> endpoints, int id)
    {
        var assignment = new JsonObject { ["clusterName"] = ClusterName(service, port) };
        if (endpoints.Count > 0)
        {
            assignment["endpoints"] = new JsonArray(new JsonObject
            {
                ["lbEndpoints"] = new JsonArray(endpoints.Select(e => (JsonNode)new JsonObject { ["address"] = Address(EncodeIpv4(e.PodIp), port.TargetPort) }).ToArray()),
                ["loadBalancingWeight"] = endpoints.Count,
            });
        }
        return new JsonObject
        {
            ["name"] = ClusterName(service, port),
            ["id"] = id,
            ["connectTimeout"] = 10,
            ["lbPolicy"] = "LEAST_REQUEST",
            ["loadAssignment"] = assignment,
            ["circuitBreakers"] = CircuitBreakers(),
        };
    }

    private static JsonObject CircuitBreakers() => new()
    {
        ["maxConnections"] = Unlimited,
        ["maxPendingRequests"] = Unlimited,
        ["maxRequests"] = Unlimited,
        ["maxRetries"] = Unlimited,
    };
}
