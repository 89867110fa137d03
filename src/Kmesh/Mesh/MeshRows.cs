using System.Collections.Generic;
using Kmesh.Model.Sources.DualEngine;

namespace Kmesh.Model.Mesh;

/// <summary>A workload named in another row (a service's endpoints, a policy's targets). <see cref="Uid"/> is the
/// dump's uid (<c>Kubernetes//Pod/&lt;ns&gt;/&lt;pod&gt;</c>): the key traffic per workload joins on.</summary>
public sealed record WorkloadLink(string Uid, string Namespace, string Name);

/// <summary>A service named in a workload row: <see cref="Key"/> is the dump's <c>&lt;ns&gt;/&lt;hostname&gt;</c>;
/// <see cref="Name"/> is empty when the dump lists no such service.</summary>
public sealed record ServiceLink(string Key, string Namespace, string Name, string Hostname);

/// <summary>A policy named in a workload row, by <c>&lt;ns&gt;/&lt;name&gt;</c>, with how it reaches the workload
/// (selected by it, or by scope: its namespace or the whole mesh).</summary>
public sealed record PolicyLink(string Key, string Namespace, string Name, string Scope);

/// <summary>A waypoint as the dump names it (<see cref="Text"/>, empty when none) and, when it could be tied to a
/// Gateway, that Gateway's namespace and name. <see cref="Verified"/> says the Gateway exists in the cluster's
/// Gateway list; otherwise the name is only what the dump's address or hostname implies.</summary>
public sealed record WaypointLink(string Text, string GatewayNamespace, string GatewayName, bool Verified)
{
    public bool None => Text.Length == 0;
    public bool HasGateway => GatewayName.Length > 0;
}

/// <summary>The Kubernetes Pod behind a workload uid, when the uid names one.</summary>
public sealed record PodRef(string Namespace, string Name);

/// <summary>One row of the Workloads view. Traffic columns join on <see cref="Uid"/> (or Namespace + Name).</summary>
public sealed record WorkloadRow(
    string Uid,
    string Namespace,
    string Name,
    PodRef? Pod,
    string WorkloadName,
    string WorkloadType,
    string Node,
    string Addresses,
    string Protocol,
    WaypointLink Waypoint,
    IReadOnlyList<ServiceLink> Services,
    string Status,
    IReadOnlyList<PolicyLink> Policies,
    string SearchText,
    Workload Workload)
{
    public bool Healthy => Status == "HEALTHY";
}

/// <summary>One row of the Services view. Traffic per service joins on <see cref="Hostname"/> (Prometheus'
/// <c>destination_service</c>) or <see cref="Key"/>.</summary>
public sealed record ServiceRow(
    string Key,
    string Namespace,
    string Name,
    string Hostname,
    string Vips,
    IReadOnlyList<string> Ports,
    WaypointLink Waypoint,
    string LoadBalancing,
    IReadOnlyList<WorkloadLink> Workloads,
    string SearchText,
    MeshService Service);

/// <summary>One row of the Authorization policies view: rules in words and the workloads the policy applies to.</summary>
public sealed record PolicyRow(
    string Key,
    string Namespace,
    string Name,
    string Scope,
    string Action,
    IReadOnlyList<string> Rules,
    IReadOnlyList<WorkloadLink> Workloads,
    string SearchText,
    AuthorizationPolicy Policy);

/// <summary>The mesh as the views show it: the three row lists, joined both ways.</summary>
public sealed record MeshModel(IReadOnlyList<WorkloadRow> Workloads, IReadOnlyList<ServiceRow> Services, IReadOnlyList<PolicyRow> Policies);
