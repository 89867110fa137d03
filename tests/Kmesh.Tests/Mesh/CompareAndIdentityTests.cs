using System.Collections.Generic;
using System.Linq;
using Kmesh.Model.Identity;
using Kmesh.Model.KernelNative;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Model.Sources.KernelNative;
using Xunit;

namespace Kmesh.Tests.Mesh;

public class CompareAndIdentityTests
{
    private static KernelNativeDump Dump(string text) => KernelNativeDumpReader.Read(text).Value!;

    [Fact]
    public void A_read_back_equal_to_its_config_flags_nothing()
    {
        ConfigComparison c = ConfigComparer.Compare(Dump(TrafficCases.KernelNative()), Dump(TrafficCases.KernelNative()));
        Assert.Equal(0, c.Flagged);
        Assert.All(c.Listeners.Entries.Concat(c.Clusters.Entries), e => Assert.Equal(EntryPresence.Same, e.Presence));
    }

    [Fact]
    public void Drift_is_flagged_each_way_with_decoded_addresses()
    {
        ConfigComparison c = ConfigComparer.Compare(Dump(TrafficCases.KernelNative()), Dump(TrafficCases.DriftedReadBack()));

        ComparedEntry missing = c.Listeners.Entries.Single(e => e.Presence == EntryPresence.ConfigOnly);
        Assert.Equal("0.0.0.0_9080", missing.Name);
        Assert.Contains("address 0.0.0.0:9080", missing.ConfigSummary);
        ComparedEntry stale = c.Clusters.Entries.Single(e => e.Presence == EntryPresence.BpfOnly);
        Assert.Equal("outbound|9080||legacy.default.svc.cluster.local", stale.Name);
        ComparedEntry changed = c.Clusters.Entries.Single(e => e.Presence == EntryPresence.Differs);
        Assert.Equal(new[] { "endpoints" }, changed.Differences);
        Assert.Contains("10.10.10.10:", changed.BpfSummary);
        // Routes are never read back: not 1 "missing" route but a kind that cannot be compared.
        Assert.False(c.Routes.ReadBack);
        Assert.All(c.Routes.Entries, e => Assert.Equal(EntryPresence.NotReadBack, e.Presence));
        Assert.Equal(3, c.Flagged);
    }

    [Fact]
    public void Bpf_values_tie_to_workloads_services_gateways_and_policies()
    {
        ConfigDump config = ConfigDumpReader.Read(Fixtures.Read("dual-engine-config-dump.json")).Value!;
        BpfDump bpf = BpfDumpReader.Read(Fixtures.Read("dual-engine-bpf-dump.json")).Value!;
        var index = new IdentityIndex(config, new List<WaypointAddress> { new("default", "waypoint", new[] { "10.96.143.232" }) });

        RowIdentity backend = BpfIdentity.Backend(index, bpf.Backends.Single(b => b.Ip == "10.244.1.11"));
        Assert.Contains(new EntityRef(EntityKind.Workload, "default", "reviews-v2-5c757d5846-ptd9c"), backend.Entities);
        Assert.Contains(new EntityRef(EntityKind.Service, "default", "reviews"), backend.Entities);
        Assert.Empty(backend.Untied);

        RowIdentity service = BpfIdentity.Service(index, bpf.Services[0]);
        Assert.Contains(new EntityRef(EntityKind.Gateway, "default", "waypoint"), service.Entities);
        Assert.True(service.Candidates);
        Assert.True(service.Entities.Count(e => e.Kind == EntityKind.Service) > 1);

        RowIdentity policy = BpfIdentity.WorkloadPolicy(index, bpf.WorkloadPolicies[0]);
        Assert.Equal(new EntityRef(EntityKind.Policy, "default", "reviews-viewer"), Assert.Single(policy.Entities));
        Assert.Equal("unspecified", EnumWords.Of("UNSPECIFIED_MODE"));
        Assert.Equal("least request", EnumWords.Of("LEAST_REQUEST"));
    }

    [Fact]
    public void Values_without_an_entity_are_reported_as_untied()
    {
        ConfigDump empty = ConfigDumpReader.Read("{\"workloads\":[],\"services\":[],\"policies\":[]}").Value!;
        BpfDump bpf = BpfDumpReader.Read(Fixtures.Read("dual-engine-bpf-dump.json")).Value!;
        var index = new IdentityIndex(empty, new List<WaypointAddress>());

        RowIdentity backend = BpfIdentity.Backend(index, bpf.Backends[0]);
        Assert.Empty(backend.Entities);
        Assert.Equal(new[] { "10.244.1.9", "default/details.default.svc.cluster.local" }, backend.Untied);
    }
}
