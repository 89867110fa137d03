using System.Collections.Generic;

namespace Kmesh.Model.Identity;

public enum EntityKind { Workload, Service, Gateway, Policy }

/// <summary>A config-dump entity a BPF value was tied to. For a workload, <see cref="Name"/> is its pod name.</summary>
public sealed record EntityRef(EntityKind Kind, string Namespace, string Name)
{
    public string Key => Namespace + "/" + Name;
}

/// <summary>What one BPF row's values tie to: the entities found, the values no entity matched, and whether the
/// entities are only candidates (several services share the same ports and waypoint).</summary>
public sealed record RowIdentity(IReadOnlyList<EntityRef> Entities, IReadOnlyList<string> Untied, bool Candidates)
{
    /// <summary>No values: shared by every identity with nothing untied.</summary>
    public static readonly IReadOnlyList<string> NoValues = new string[0];

    public static readonly RowIdentity None = new RowIdentity(new EntityRef[0], NoValues, false);
}

/// <summary>A waypoint Gateway and the addresses istiod wrote into its status.</summary>
public sealed record WaypointAddress(string Namespace, string Name, IReadOnlyList<string> Addresses);
