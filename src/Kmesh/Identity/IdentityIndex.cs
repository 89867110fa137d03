using System.Collections.Generic;
using Kmesh.Model.Sources;
using Kmesh.Model.Sources.DualEngine;

namespace Kmesh.Model.Identity;

/// <summary>The dual-engine config dump (and the waypoint Gateways) indexed by the values BPF maps hold: workload
/// IPs and UIDs, <c>namespace/hostname</c> service keys, VIPs, policy IDs. Built once per dump.</summary>
public sealed class IdentityIndex
{
    // The maps hold one EntityRef per entity, shared by every row that ties to it: rows keep only references (65,000
    // rows of a large node's dump would otherwise each hold their own copies), and the typed dump is not kept alive.
    private readonly Dictionary<string, EntityRef> workloadsByIp = new Dictionary<string, EntityRef>();
    private readonly Dictionary<string, EntityRef> workloadsByUid = new Dictionary<string, EntityRef>();
    private readonly Dictionary<string, EntityRef> servicesByKey = new Dictionary<string, EntityRef>();
    private readonly Dictionary<string, EntityRef> servicesByVip = new Dictionary<string, EntityRef>();
    private readonly Dictionary<string, EntityRef> gatewaysByAddress = new Dictionary<string, EntityRef>();
    private readonly Dictionary<string, EntityRef> gatewaysByKey = new Dictionary<string, EntityRef>();
    private readonly Dictionary<string, EntityRef> policiesByKey = new Dictionary<string, EntityRef>();
    // By kind, namespace and name: found with the entity's own strings (hashed once), no key text built per row.
    private readonly Dictionary<EntityKind, Dictionary<string, Dictionary<string, RowIdentity>>> alone = new Dictionary<EntityKind, Dictionary<string, Dictionary<string, RowIdentity>>>();
    private readonly Dictionary<string, List<EntityRef>> servicesByPorts = new Dictionary<string, List<EntityRef>>();
    private readonly Dictionary<string, ServiceTies> tiesBySignature = new Dictionary<string, ServiceTies>();

    public IdentityIndex(ConfigDump dump, IReadOnlyList<WaypointAddress> gateways)
    {
        foreach (Workload workload in dump.Workloads)
        {
            var reference = new EntityRef(EntityKind.Workload, workload.Namespace, workload.Name);
            foreach (string address in workload.Addresses)
            {
                if (!workloadsByIp.ContainsKey(address)) workloadsByIp[address] = reference;
            }
            if (workload.Uid.Length > 0 && !workloadsByUid.ContainsKey(workload.Uid)) workloadsByUid[workload.Uid] = reference;
        }
        var serviceRefs = new List<EntityRef>();
        foreach (MeshService service in dump.Services)
        {
            var reference = new EntityRef(EntityKind.Service, service.Namespace, service.Name);
            serviceRefs.Add(reference);
            string key = service.Namespace + "/" + service.Hostname;
            if (!servicesByKey.ContainsKey(key)) servicesByKey[key] = reference;
            foreach (ScopedAddress vip in service.Vips)
            {
                if (!servicesByVip.ContainsKey(vip.Address)) servicesByVip[vip.Address] = reference;
            }
        }
        foreach (AuthorizationPolicy policy in dump.Policies)
        {
            if (!policiesByKey.ContainsKey(policy.Key)) policiesByKey[policy.Key] = new EntityRef(EntityKind.Policy, policy.Namespace, policy.Name);
        }
        foreach (WaypointAddress gateway in gateways)
        {
            string key = gateway.Namespace + "/" + gateway.Name;
            if (!gatewaysByKey.TryGetValue(key, out EntityRef? reference)) gatewaysByKey[key] = reference = new EntityRef(EntityKind.Gateway, gateway.Namespace, gateway.Name);
            foreach (string address in gateway.Addresses)
            {
                if (!gatewaysByAddress.ContainsKey(address)) gatewaysByAddress[address] = reference;
            }
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

    public EntityRef? WorkloadByIp(string ip) => workloadsByIp.TryGetValue(ip, out EntityRef? w) ? w : null;

    public EntityRef? WorkloadByUid(string uid) => workloadsByUid.TryGetValue(uid, out EntityRef? w) ? w : null;

    /// <summary>A BPF service key <c>namespace/hostname</c>.</summary>
    public EntityRef? ServiceByKey(string key) => servicesByKey.TryGetValue(key, out EntityRef? s) ? s : null;

    public EntityRef? PolicyById(string id) => id.IndexOf('/') >= 0 && policiesByKey.TryGetValue(id, out EntityRef? p) ? p : null;

    /// <summary>A waypoint address: the Gateway whose status lists it, else the Gateway named like the service that
    /// owns it as a VIP, else that service.</summary>
    public EntityRef? WaypointByAddress(string address)
    {
        if (gatewaysByAddress.TryGetValue(address, out EntityRef? gateway)) return gateway;
        if (!servicesByVip.TryGetValue(address, out EntityRef? service)) return null;
        if (gatewaysByKey.TryGetValue(service.Key, out EntityRef? named)) return named;
        return service;
    }

    /// <summary>The identity of a row that ties to <paramref name="entity"/> alone, with nothing untied: one instance per
    /// entity, shared by all such rows.</summary>
    public RowIdentity Alone(EntityRef entity)
    {
        if (!alone.TryGetValue(entity.Kind, out Dictionary<string, Dictionary<string, RowIdentity>>? byNamespace))
        {
            alone[entity.Kind] = byNamespace = new Dictionary<string, Dictionary<string, RowIdentity>>();
        }
        if (!byNamespace.TryGetValue(entity.Namespace, out Dictionary<string, RowIdentity>? byName))
        {
            byNamespace[entity.Namespace] = byName = new Dictionary<string, RowIdentity>();
        }
        if (!byName.TryGetValue(entity.Name, out RowIdentity? row)) byName[entity.Name] = row = new RowIdentity(new[] { entity }, RowIdentity.NoValues, false);
        return row;
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
