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
        foreach (MeshService service in dump.Services)
        {
            string signature = PortSignature(service.Ports, service.Waypoint?.Address ?? "");
            if (!servicesByPorts.TryGetValue(signature, out List<EntityRef>? same)) servicesByPorts[signature] = same = new List<EntityRef>();
            same.Add(ServiceRef(service));
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

    /// <summary>Services whose ports (service → target, in order) and waypoint address are exactly these.</summary>
    /// <remarks>One lookup in an index built with the others (a BPF dump has a row per service, so scanning every
    /// service per row grew with the square of the mesh).</remarks>
    public List<EntityRef> ServicesWith(IReadOnlyList<int> servicePorts, IReadOnlyList<int> targetPorts, string? waypointAddress)
    {
        if (servicePorts.Count != targetPorts.Count) return new List<EntityRef>();
        var ports = new List<ServicePort>();
        for (int i = 0; i < servicePorts.Count; i++) ports.Add(new ServicePort(servicePorts[i], targetPorts[i]));
        return servicesByPorts.TryGetValue(PortSignature(ports, waypointAddress ?? ""), out List<EntityRef>? found)
            ? new List<EntityRef>(found)
            : new List<EntityRef>();
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
