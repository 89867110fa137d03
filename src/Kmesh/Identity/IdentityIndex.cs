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
    private readonly IReadOnlyList<MeshService> services;

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
        services = dump.Services;
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

    /// <summary>Services whose ports (service → target, in order) and waypoint address are exactly these.</summary>
    public List<EntityRef> ServicesWith(IReadOnlyList<int> servicePorts, IReadOnlyList<int> targetPorts, string? waypointAddress)
    {
        var found = new List<EntityRef>();
        foreach (MeshService service in services)
        {
            if (service.Ports.Count != servicePorts.Count || service.Ports.Count != targetPorts.Count) continue;
            bool same = true;
            for (int i = 0; i < service.Ports.Count && same; i++)
            {
                same = service.Ports[i].Port == servicePorts[i] && service.Ports[i].TargetPort == targetPorts[i];
            }
            string waypoint = service.Waypoint?.Address ?? "";
            if (same && waypoint == (waypointAddress ?? "")) found.Add(ServiceRef(service));
        }
        return found;
    }

    private static EntityRef WorkloadRef(Workload w) => new EntityRef(EntityKind.Workload, w.Namespace, w.Name);

    private static EntityRef ServiceRef(MeshService s) => new EntityRef(EntityKind.Service, s.Namespace, s.Name);
}
