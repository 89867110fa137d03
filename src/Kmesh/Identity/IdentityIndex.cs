using System.Collections.Generic;
using Kmesh.Model.Sources;
using Kmesh.Model.Sources.DualEngine;

namespace Kmesh.Model.Identity;

/// <summary>The dual-engine config dump (and the waypoint Gateways) indexed by the values BPF maps hold: workload
/// IPs and UIDs, <c>namespace/hostname</c> service keys, VIPs, policy IDs. Built once per dump.</summary>
public sealed class IdentityIndex
{
    // The maps hold one EntityTie per entity, shared by every row that ties to it: rows keep only references (65,000
    // rows of a large node's dump would otherwise each hold their own copies), and the typed dump is not kept alive.
    // A value's one lookup finds the entity and the identity of the rows tied to it alone.
    private readonly Dictionary<string, EntityTie> workloadsByIp = new Dictionary<string, EntityTie>();
    private readonly Dictionary<string, EntityTie> workloadsByUid = new Dictionary<string, EntityTie>();
    private readonly Dictionary<string, EntityTie> servicesByKey = new Dictionary<string, EntityTie>();
    private readonly Dictionary<string, EntityTie> servicesByVip = new Dictionary<string, EntityTie>();
    private readonly Dictionary<string, EntityTie> gatewaysByAddress = new Dictionary<string, EntityTie>();
    private readonly Dictionary<string, EntityTie> gatewaysByKey = new Dictionary<string, EntityTie>();
    private readonly Dictionary<string, EntityTie> policiesByKey = new Dictionary<string, EntityTie>();
    private readonly Dictionary<string, List<EntityRef>> servicesByPorts = new Dictionary<string, List<EntityRef>>();
    private readonly Dictionary<string, ServiceTies> tiesBySignature = new Dictionary<string, ServiceTies>();

    public IdentityIndex(ConfigDump dump, IReadOnlyList<WaypointAddress> gateways)
    {
        foreach (Workload workload in dump.Workloads)
        {
            var tie = new EntityTie(new EntityRef(EntityKind.Workload, workload.Namespace, workload.Name));
            foreach (string address in workload.Addresses) workloadsByIp.TryAdd(address, tie);
            if (workload.Uid.Length > 0) workloadsByUid.TryAdd(workload.Uid, tie);
        }
        var serviceRefs = new List<EntityRef>();
        foreach (MeshService service in dump.Services)
        {
            var tie = new EntityTie(new EntityRef(EntityKind.Service, service.Namespace, service.Name));
            serviceRefs.Add(tie.Entity);
            servicesByKey.TryAdd(service.Namespace + "/" + service.Hostname, tie);
            foreach (ScopedAddress vip in service.Vips) servicesByVip.TryAdd(vip.Address, tie);
        }
        foreach (AuthorizationPolicy policy in dump.Policies)
        {
            policiesByKey.TryAdd(policy.Key, new EntityTie(new EntityRef(EntityKind.Policy, policy.Namespace, policy.Name)));
        }
        foreach (WaypointAddress gateway in gateways)
        {
            string key = gateway.Namespace + "/" + gateway.Name;
            if (!gatewaysByKey.TryGetValue(key, out EntityTie? tie)) gatewaysByKey[key] = tie = new EntityTie(new EntityRef(EntityKind.Gateway, gateway.Namespace, gateway.Name));
            foreach (string address in gateway.Addresses) gatewaysByAddress.TryAdd(address, tie);
        }
        var listed = new HashSet<string>();
        for (int i = 0; i < dump.Services.Count; i++)
        {
            MeshService service = dump.Services[i];
            string signature = PortSignature(service.Ports, service.Waypoint?.Address ?? "");
            if (!servicesByPorts.TryGetValue(signature, out List<EntityRef>? same)) servicesByPorts[signature] = same = new List<EntityRef>();
            EntityRef reference = serviceRefs[i];
            if (listed.Add(signature + "\n" + reference.Key)) same.Add(reference);
        }
    }

    public EntityRef? WorkloadByIp(string ip) => WorkloadTieByIp(ip)?.Entity;

    public EntityRef? WorkloadByUid(string uid) => WorkloadTieByUid(uid)?.Entity;

    /// <summary>A BPF service key <c>namespace/hostname</c>.</summary>
    public EntityRef? ServiceByKey(string key) => ServiceTieByKey(key)?.Entity;

    public EntityRef? PolicyById(string id) => PolicyTieById(id)?.Entity;

    /// <summary>A waypoint address: the Gateway whose status lists it, else the Gateway named like the service that
    /// owns it as a VIP, else that service.</summary>
    public EntityRef? WaypointByAddress(string address) => WaypointTieByAddress(address)?.Entity;

    internal EntityTie? WorkloadTieByIp(string ip) => workloadsByIp.TryGetValue(ip, out EntityTie? w) ? w : null;

    internal EntityTie? WorkloadTieByUid(string uid) => workloadsByUid.TryGetValue(uid, out EntityTie? w) ? w : null;

    internal EntityTie? ServiceTieByKey(string key) => servicesByKey.TryGetValue(key, out EntityTie? s) ? s : null;

    internal EntityTie? PolicyTieById(string id) => id.IndexOf('/') >= 0 && policiesByKey.TryGetValue(id, out EntityTie? p) ? p : null;

    internal EntityTie? WaypointTieByAddress(string address)
    {
        if (gatewaysByAddress.TryGetValue(address, out EntityTie? gateway)) return gateway;
        if (!servicesByVip.TryGetValue(address, out EntityTie? service)) return null;
        if (gatewaysByKey.TryGetValue(service.Entity.Key, out EntityTie? named)) return named;
        return service;
    }

    /// <summary>What a BPF service row with these ports (service → target, in order) and waypoint address ties to: the
    /// waypoint's entity, the services whose ports and waypoint are exactly these (the candidates), and both as one list
    /// without repeats. Built once per distinct ports-and-waypoint and shared by every row that has them (in a mesh
    /// where most services listen on the same port, that list is long and the same for thousands of rows).</summary>
    public ServiceTies ServiceTies(IReadOnlyList<int> servicePorts, IReadOnlyList<int> targetPorts, string? waypointAddress)
    {
        if (servicePorts.Count != targetPorts.Count) return NewTies(new List<EntityRef>(), waypointAddress);
        var ports = new List<ServicePort>();
        for (int i = 0; i < servicePorts.Count; i++) ports.Add(new ServicePort(servicePorts[i], targetPorts[i]));
        string signature = PortSignature(ports, waypointAddress ?? "");
        if (tiesBySignature.TryGetValue(signature, out ServiceTies? known)) return known;
        ServiceTies ties = NewTies(servicesByPorts.TryGetValue(signature, out List<EntityRef>? found) ? found : new List<EntityRef>(), waypointAddress);
        tiesBySignature[signature] = ties;
        return ties;
    }

    private ServiceTies NewTies(List<EntityRef> candidates, string? waypointAddress)
    {
        EntityRef? waypoint = waypointAddress is null ? null : WaypointByAddress(waypointAddress);
        var entities = new List<EntityRef>();
        if (waypoint is not null) entities.Add(waypoint);
        foreach (EntityRef candidate in candidates)
        {
            if (waypoint is null || candidate != waypoint) entities.Add(candidate);
        }
        return new ServiceTies(waypoint, candidates.Count, entities);
    }

    /// <summary>Service → target port pairs in order and the waypoint address, as one key.</summary>
    private static string PortSignature(IReadOnlyList<ServicePort> ports, string waypoint)
    {
        var sb = new System.Text.StringBuilder();
        foreach (ServicePort port in ports) sb.Append(port.Port).Append(':').Append(port.TargetPort).Append(',');
        return sb.Append('|').Append(waypoint).ToString();
    }

}

/// <summary>What a BPF service row's ports and waypoint tie to (see <see cref="IdentityIndex.ServiceTies"/>).</summary>
public sealed record ServiceTies(EntityRef? Waypoint, int CandidateCount, IReadOnlyList<EntityRef> Entities);

/// <summary>One config-dump entity as the index holds it: the reference rows share, and the identity of every row tied
/// to this entity alone with nothing untied (made at the first such row, then shared).</summary>
internal sealed class EntityTie
{
    private RowIdentity? alone;

    public EntityTie(EntityRef entity) => Entity = entity;

    public EntityRef Entity { get; }

    public RowIdentity Alone
    {
        get
        {
            if (alone is null) alone = new RowIdentity(new[] { Entity }, RowIdentity.NoValues, false);
            return alone;
        }
    }
}
