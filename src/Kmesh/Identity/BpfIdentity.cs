using System.Collections.Generic;
using Kmesh.Model.Sources.DualEngine;

namespace Kmesh.Model.Identity;

/// <summary>Ties each dual-engine BPF row's values to config-dump entities. Values that are empty by nature
/// (no waypoint) are not "untied"; values with no matching entity are. A node's dump has tens of thousands of rows and
/// the view keeps every row's identity, so identities share what they can: a row tied to one entity alone gets that
/// entity's one instance, and the lists kept are exact copies (a list grown by adding keeps spare room).</summary>
public static class BpfIdentity
{
    public static RowIdentity Backend(IdentityIndex index, BpfBackend backend)
    {
        var row = new Builder(index);
        row.Add(backend.Ip, index.WorkloadByIp(backend.Ip));
        foreach (string service in backend.Services) row.Add(service, index.ServiceByKey(service));
        if (backend.WaypointAddr is not null) row.Add(backend.WaypointAddr, index.WaypointByAddress(backend.WaypointAddr));
        return row.Build();
    }

    /// <remarks>The entities list is the one the index shares between rows of the same ports and waypoint.</remarks>
    public static RowIdentity Service(IdentityIndex index, BpfService service)
    {
        ServiceTies ties = index.ServiceTies(service.ServicePorts, service.TargetPorts, service.WaypointAddr);
        var untied = new List<string>();
        if (service.WaypointAddr is not null && ties.Waypoint is null && service.WaypointAddr.Length > 0) untied.Add(service.WaypointAddr);
        if (ties.CandidateCount == 0) untied.Add("ports " + string.Join(", ", service.ServicePorts));
        return new RowIdentity(ties.Entities, untied.Count == 0 ? RowIdentity.NoValues : untied.ToArray(), ties.CandidateCount > 1);
    }

    public static RowIdentity Endpoint(IdentityIndex index, BpfEndpoint endpoint)
    {
        var row = new Builder(index);
        row.Add(endpoint.BackendUid, index.WorkloadByUid(endpoint.BackendUid));
        return row.Build();
    }

    /// <summary>A frontend's upstream is a service key or a workload UID.</summary>
    public static RowIdentity Frontend(IdentityIndex index, BpfFrontend frontend)
    {
        var row = new Builder(index);
        row.Add(frontend.UpstreamId, index.ServiceByKey(frontend.UpstreamId) ?? index.WorkloadByUid(frontend.UpstreamId));
        return row.Build();
    }

    public static RowIdentity WorkloadPolicy(IdentityIndex index, BpfWorkloadPolicy policy)
    {
        var row = new Builder(index);
        foreach (string id in policy.PolicyIds) row.Add(id, index.PolicyById(id));
        return row.Build();
    }

    private sealed class Builder
    {
        private readonly IdentityIndex index;
        private readonly List<EntityRef> entities = new List<EntityRef>();
        private readonly List<string> untied = new List<string>();

        public Builder(IdentityIndex index) => this.index = index;

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

        public RowIdentity Build()
        {
            if (untied.Count == 0 && entities.Count == 0) return RowIdentity.None;
            if (untied.Count == 0 && entities.Count == 1) return index.Alone(entities[0]);
            return new RowIdentity(entities.ToArray(), untied.Count == 0 ? RowIdentity.NoValues : untied.ToArray(), false);
        }
    }
}
