using System.Collections.Generic;

namespace Kmesh.Model.Sources.DualEngine;

/// <summary>Admin <c>GET /debug/config_dump/dual-engine</c>: what istiod told the daemon, for the whole cluster.</summary>
public sealed record ConfigDump(IReadOnlyList<Workload> Workloads, IReadOnlyList<MeshService> Services, IReadOnlyList<AuthorizationPolicy> Policies);

public sealed record Locality(string Region, string Zone, string Subzone);

public sealed record ApplicationTunnel(string Protocol, int? Port);

/// <summary>A workload (usually a pod). <see cref="Waypoint"/> is null when it uses none.</summary>
public sealed record Workload(
    string Uid,
    IReadOnlyList<string> Addresses,
    ScopedAddress? Waypoint,
    string Protocol,
    string Name,
    string Namespace,
    string ServiceAccount,
    string WorkloadName,
    string WorkloadType,
    string CanonicalName,
    string CanonicalRevision,
    string ClusterId,
    string TrustDomain,
    Locality Locality,
    string Node,
    string Network,
    string Status,
    ApplicationTunnel ApplicationTunnel,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> AuthorizationPolicies)
{
    public bool Healthy => Status == "HEALTHY";
}

public sealed record ServicePort(int Port, int TargetPort);

public sealed record LoadBalancing(string Mode, IReadOnlyList<string> RoutingPreferences);

/// <summary>A service as the mesh sees it. <see cref="Waypoint"/> is null for the dump's
/// <c>{"destination": ""}</c>.</summary>
public sealed record MeshService(
    string Name,
    string Namespace,
    string Hostname,
    IReadOnlyList<ScopedAddress> Vips,
    IReadOnlyList<ServicePort> Ports,
    LoadBalancing? LoadBalancer,
    ScopedAddress? Waypoint);

/// <summary>An authorization policy with its raw protobuf rules.</summary>
public sealed record AuthorizationPolicy(string Name, string Namespace, string Scope, string Action, IReadOnlyList<PolicyRule> Rules)
{
    public string Key => Namespace + "/" + Name;
}

public sealed record PolicyRule(IReadOnlyList<PolicyClause> Clauses);

public sealed record PolicyClause(IReadOnlyList<PolicyMatch> Matches);

public sealed record PolicyMatch(IReadOnlyList<MatchCondition> Conditions);

/// <summary>One field of a match, e.g. <c>not_namespaces</c> → Field "namespaces", Negated.</summary>
public sealed record MatchCondition(string Field, bool Negated, IReadOnlyList<MatchValue> Values);

public enum MatchValueKind { Exact, Prefix, Suffix, Presence, Address, Port, Other }

/// <summary>A value of a condition: a string match, a CIDR (<c>10.244.0.0/16</c>), or a port.</summary>
public sealed record MatchValue(MatchValueKind Kind, string Text);
