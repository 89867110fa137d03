using System.Collections.Generic;
using Kmesh.Model.Sources;
using Kmesh.Model.Sources.DualEngine;

namespace Kmesh.Model.Identity;

/// <summary>The dual-engine config dump (and the waypoint Gateways) indexed by the values BPF maps hold: workload
/// IPs and UIDs, <c>namespace/hostname</c> service keys, VIPs, policy IDs. Built once per dump.</summary>
public sealed class IdentityIndex
{
    private readonly Dictionary<string, Workload> workloadsByIp = new Dictionary<string, Workload>();
    private readonly Dictionary<string, Workload> workloadsByUid = new Dictionary<string, Workload>();
    private readonly Dictionary<string, MeshService> servicesByKey = new Dictionary<string, MeshService>();
    private readonly Dictionary<string, MeshService> servicesByVip = new Dictionary<string, MeshService>();
    private readonly Dictionary<string, WaypointAddress> gatewaysByAddress = new Dictionary<string, WaypointAddress>();
    private readonly HashSet<string> gatewayKeys = new HashSet<string>();
    private readonly HashSet<string> policyKeys = new HashSet<string>();
    private readonly Dictionary<string, List<EntityRef>> servicesByPorts = new Dictionary<string, List<EntityRef>>();
    private readonly Dictionary<string, ServiceTies> tiesBySignature = new Dictionary<string, ServiceTies>();

    public IdentityIndex(ConfigDump dump, IReadOnlyList<WaypointAddress> gateways)
    {
        foreach (Workload workload in dump.Workloads)
        {
            foreach (string address in workload.Addresses)
            {
                if (!workloadsByIp.ContainsKey(address)) workloadsByIp[address] = workload;
            }
            if (workload.Uid.Length > 0 && !workloadsByUid.ContainsKey(workload.Uid)) workloadsByUid[workload.Uid] = workload;
        }
        foreach (MeshService service in dump.Services)
        {
            string key = service.Namespace + "/" + service.Hostname;
            if (!servicesByKey.ContainsKey(key)) servicesByKey[key] = service;
            foreach (ScopedAddress vip in service.Vips)
            {
                if (!servicesByVip.ContainsKey(vip.Address)) servicesByVip[vip.Address] = service;
            }
        }
        foreach (AuthorizationPolicy policy in dump.Policies) policyKeys.Add(policy.Key);
        foreach (WaypointAddress gateway in gateways)
        {
            gatewayKeys.Add(gateway.Namespace + "/" + gateway.Name);
            foreach (string address in gateway.Addresses)
            {
                if (!gatewaysByAddress.ContainsKey(address)) gatewaysByAddress[address] = gateway;
            }
        }
        var listed = new HashSet<string>();
        foreach (MeshService service in dump.Services)
        {
            string signature = PortSignature(service.Ports, service.Waypoint?.Address ?? "");
            if (!servicesByPorts.TryGetValue(signature, out List<EntityRef>? same)) servicesByPorts[signature] = same = new List<EntityRef>();
            EntityRef reference = ServiceRef(service);
            if (listed.Add(signature + "\n" + reference.Key)) same.Add(reference);
        }
    }

    public EntityRef? WorkloadByIp(string ip) => workloadsByIp.TryGetValue(ip, out Workload? w) ? WorkloadRef(w) : null;

    public EntityRef? WorkloadByUid(string uid) => workloadsByUid.TryGetValue(uid, out Workload? w) ? WorkloadRef(w) : null;

    /// <summary>A BPF service key <c>namespace/hostname</c>.</summary>
    public EntityRef? ServiceByKey(string key) => servicesByKey.TryGetValue(key, out MeshService? s) ? ServiceRef(s) : null;

    public EntityRef? PolicyById(string id)
    {
        int slash = id.IndexOf('/');
        if (slash < 0 || !policyKeys.Contains(id)) return null;
        return new EntityRef(EntityKind.Policy, id.Substring(0, slash), id.Substring(slash + 1));
    }

    /// <summary>A waypoint address: the Gateway whose status lists it, else the Gateway named like the service that
    /// owns it as a VIP, else that service.</summary>
    public EntityRef? WaypointByAddress(string address)
    {
        if (gatewaysByAddress.TryGetValue(address, out WaypointAddress? gateway))
        {
            return new EntityRef(EntityKind.Gateway, gateway.Namespace, gateway.Name);
        }
        if (!servicesByVip.TryGetValue(address, out MeshService? service)) return null;
        return gatewayKeys.Contains(service.Namespace + "/" + service.Name)
            ? new EntityRef(EntityKind.Gateway, service.Namespace, service.Name)
            : ServiceRef(service);
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

    private static EntityRef WorkloadRef(Workload w) => new EntityRef(EntityKind.Workload, w.Namespace, w.Name);

    private static EntityRef ServiceRef(MeshService s) => new EntityRef(EntityKind.Service, s.Namespace, s.Name);
}

/// <summary>What a BPF service row's ports and waypoint tie to (see <see cref="IdentityIndex.ServiceTies"/>).</summary>
public sealed record ServiceTies(EntityRef? Waypoint, int CandidateCount, IReadOnlyList<EntityRef> Entities);
