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
        var row = new Builder();
        row.Add(backend.Ip, index.WorkloadTieByIp(backend.Ip));
        foreach (string service in backend.Services) row.Add(service, index.ServiceTieByKey(service));
        if (backend.WaypointAddr is not null) row.Add(backend.WaypointAddr, index.WaypointTieByAddress(backend.WaypointAddr));
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
        => One(endpoint.BackendUid, index.WorkloadTieByUid(endpoint.BackendUid));

    /// <summary>A frontend's upstream is a service key or a workload UID.</summary>
    public static RowIdentity Frontend(IdentityIndex index, BpfFrontend frontend)
        => One(frontend.UpstreamId, index.ServiceTieByKey(frontend.UpstreamId) ?? index.WorkloadTieByUid(frontend.UpstreamId));

    public static RowIdentity WorkloadPolicy(IdentityIndex index, BpfWorkloadPolicy policy)
    {
        var row = new Builder();
        foreach (string id in policy.PolicyIds) row.Add(id, index.PolicyTieById(id));
        return row.Build();
    }

    /// <summary>A row of one value (most rows of a node's maps): what <see cref="Builder"/> would build, without one.</summary>
    private static RowIdentity One(string value, EntityTie? tie)
    {
        if (tie is not null) return tie.Alone;
        return value.Length == 0 ? RowIdentity.None : new RowIdentity(new EntityRef[0], new[] { value }, false);
    }

    private sealed class Builder
    {
        private readonly List<EntityTie> ties = new List<EntityTie>();
        private List<string>? untied;

        public void Add(string value, EntityTie? tie)
        {
            if (tie is null)
            {
                if (value.Length == 0) return;
                if (untied is null) untied = new List<string>();
                untied.Add(value);
                return;
            }
            // A row ties to a handful of entities: a scan is cheaper than hashing a key per value.
            foreach (EntityTie known in ties)
            {
                if (known == tie || (known.Entity.Kind == tie.Entity.Kind && known.Entity.Namespace == tie.Entity.Namespace && known.Entity.Name == tie.Entity.Name)) return;
            }
            ties.Add(tie);
        }

        public RowIdentity Build()
        {
            if (untied is null && ties.Count == 0) return RowIdentity.None;
            if (untied is null && ties.Count == 1) return ties[0].Alone;
            var entities = new EntityRef[ties.Count];
            for (int i = 0; i < entities.Length; i++) entities[i] = ties[i].Entity;
            return new RowIdentity(entities, untied is null ? RowIdentity.NoValues : untied.ToArray(), false);
        }
    }
}
