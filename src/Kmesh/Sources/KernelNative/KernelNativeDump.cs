using System.Collections.Generic;

namespace Kmesh.Model.Sources.KernelNative;

/// <summary>Admin <c>GET /debug/config_dump/kernel-native</c> (and <c>/bpf/kernel-native</c>, which has no routes).
/// protojson omits zero values, so absent enums read as their zero names (<c>NONE</c>, <c>ROUND_ROBIN</c>,
/// <c>TCP</c>) and enum values the daemon's enum lacks stay as their number (<c>"6"</c>).</summary>
public sealed record KernelNativeDump(
    string VersionInfo,
    IReadOnlyList<Listener> Listeners,
    IReadOnlyList<RouteConfig> RouteConfigs,
    IReadOnlyList<Cluster> Clusters);

/// <summary>A decoded socket address: real dotted quad and real port.</summary>
public sealed record SocketAddress(string Protocol, string Ip, int Port)
{
    public override string ToString() => $"{Ip}:{Port}";
}

public sealed record Listener(string ApiStatus, string Name, SocketAddress Address, IReadOnlyList<FilterChain> FilterChains);

public sealed record FilterChain(string Name, int? DestinationPort, IReadOnlyList<Filter> Filters);

/// <summary>A network filter; <see cref="Target"/> is the TCP proxy's cluster or the HTTP connection
/// manager's route configuration name.</summary>
public sealed record Filter(string Name, string Target);

public sealed record RouteConfig(string Name, IReadOnlyList<VirtualHost> VirtualHosts);

public sealed record VirtualHost(string Name, IReadOnlyList<string> Domains, IReadOnlyList<Route> Routes);

public sealed record WeightedCluster(string Name, int Weight);

public sealed record Route(
    string Name,
    string MatchPrefix,
    string Cluster,
    IReadOnlyList<WeightedCluster> WeightedClusters,
    double Timeout,
    int NumRetries);

public sealed record Cluster(
    string ApiStatus,
    string Name,
    int Id,
    double ConnectTimeout,
    string LbPolicy,
    IReadOnlyList<LocalityEndpoints> Endpoints,
    CircuitBreakers? CircuitBreakers);

public sealed record LocalityEndpoints(int LoadBalancingWeight, IReadOnlyList<SocketAddress> Addresses);

/// <summary>uint32 limits (4294967295 = unlimited), kept as doubles.</summary>
public sealed record CircuitBreakers(double MaxConnections, double MaxPendingRequests, double MaxRequests, double MaxRetries);
