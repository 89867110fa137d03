using System.Collections.Generic;
using Kmesh.Model.Sources.DualEngine;

namespace Kmesh.Model.Identity;

/// <summary>Ties each dual-engine BPF row's values to config-dump entities. Values that are empty by nature
/// (no waypoint) are not "untied"; values with no matching entity are.</summary>
public static class BpfIdentity
{
    public static RowIdentity Backend(IdentityIndex index, BpfBackend backend)
    {
        var row = new Builder();
        row.Add(backend.Ip, index.WorkloadByIp(backend.Ip));
        foreach (string service in backend.Services) row.Add(service, index.ServiceByKey(service));
        if (backend.WaypointAddr is not null) row.Add(backend.WaypointAddr, index.WaypointByAddress(backend.WaypointAddr));
        return row.Build(false);
    }

    public static RowIdentity Service(IdentityIndex index, BpfService service)
    {
        var row = new Builder();
        if (service.WaypointAddr is not null) row.Add(service.WaypointAddr, index.WaypointByAddress(service.WaypointAddr));
        List<EntityRef> candidates = index.ServicesWith(service.ServicePorts, service.TargetPorts, service.WaypointAddr);
        if (candidates.Count == 0) row.Untie("ports " + string.Join(", ", service.ServicePorts));
        foreach (EntityRef candidate in candidates) row.Add("", candidate);
        return row.Build(candidates.Count > 1);
    }

    public static RowIdentity Endpoint(IdentityIndex index, BpfEndpoint endpoint)
    {
        var row = new Builder();
        row.Add(endpoint.BackendUid, index.WorkloadByUid(endpoint.BackendUid));
        return row.Build(false);
    }

    /// <summary>A frontend's upstream is a service key or a workload UID.</summary>
    public static RowIdentity Frontend(IdentityIndex index, BpfFrontend frontend)
    {
        var row = new Builder();
        row.Add(frontend.UpstreamId, index.ServiceByKey(frontend.UpstreamId) ?? index.WorkloadByUid(frontend.UpstreamId));
        return row.Build(false);
    }

    public static RowIdentity WorkloadPolicy(IdentityIndex index, BpfWorkloadPolicy policy)
    {
        var row = new Builder();
        foreach (string id in policy.PolicyIds) row.Add(id, index.PolicyById(id));
        return row.Build(false);
    }

    private sealed class Builder
    {
        private readonly List<EntityRef> entities = new List<EntityRef>();
        private readonly List<string> untied = new List<string>();

        public void Add(string value, EntityRef? entity)
        {
            if (entity is null)
            {
                if (value.Length > 0) untied.Add(value);
                return;
            }
            // A row ties to a handful of entities: a scan is cheaper than hashing a key per value.
            foreach (EntityRef known in entities)
            {
                if (known.Kind == entity.Kind && known.Namespace == entity.Namespace && known.Name == entity.Name) return;
            }
            entities.Add(entity);
        }

        public void Untie(string value) => untied.Add(value);

        public RowIdentity Build(bool candidates) => new RowIdentity(entities, untied, candidates);
    }
}
