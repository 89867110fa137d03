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
    public void Rows_tied_to_one_entity_alone_share_its_one_identity()
    {
        ConfigDump config = ConfigDumpReader.Read(Generated.ConfigDump(300)).Value!;
        BpfDump bpf = BpfDumpReader.Read(Generated.BpfDump(400)).Value!;
        var index = new IdentityIndex(config, new List<WaypointAddress>());

        // The generated backends 0..119 name svc-0..119 of their namespace; workload i has IP 10.244.0.i.
        RowIdentity first = BpfIdentity.Endpoint(index, bpf.Endpoints[7]);
        RowIdentity again = BpfIdentity.Endpoint(index, new BpfEndpoint("Kubernetes//Pod/ns-7/workload-7"));
        Assert.Same(first, again);
        Assert.Equal(new EntityRef(EntityKind.Workload, "ns-7", "workload-7"), Assert.Single(first.Entities));
        Assert.Same(first, BpfIdentity.Frontend(index, new BpfFrontend("Kubernetes//Pod/ns-7/workload-7")));
        Assert.Same(RowIdentity.None, BpfIdentity.Endpoint(index, new BpfEndpoint("")));

        RowIdentity unknown = BpfIdentity.Endpoint(index, new BpfEndpoint("Kubernetes//Pod/ns-7/gone"));
        Assert.Empty(unknown.Entities);
        Assert.Equal(new[] { "Kubernetes//Pod/ns-7/gone" }, unknown.Untied);

        // A backend whose IP and service both tie lists both; one whose service alone ties shares the service's identity.
        RowIdentity backend = BpfIdentity.Backend(index, bpf.Backends[1]);
        Assert.Equal(new[] { new EntityRef(EntityKind.Workload, "ns-1", "workload-1"), new EntityRef(EntityKind.Service, "ns-1", "svc-1") }, backend.Entities);
        RowIdentity serviceOnly = BpfIdentity.Backend(index, new BpfBackend("", 1, new[] { "ns-1/svc-1.ns-1.svc.cluster.local" }, null, null));
        Assert.Same(serviceOnly, BpfIdentity.Frontend(index, new BpfFrontend("ns-1/svc-1.ns-1.svc.cluster.local")));
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

    [Fact]
    public void Service_rows_list_every_service_with_their_ports_and_waypoint_once_and_after_the_waypoint()
    {
        var services = new List<MeshService>();
        for (int i = 0; i < 30; i++)
        {
            services.Add(new MeshService($"svc-{i:D2}", "team", $"svc-{i:D2}.team.svc.cluster.local", new List<Kmesh.Model.Sources.ScopedAddress>(),
                new List<ServicePort> { new(80, 8080) }, null, i < 25 ? new Kmesh.Model.Sources.ScopedAddress("", "10.96.0.9") : null));
        }
        services.Add(services[3]);
        var index = new IdentityIndex(new ConfigDump(new List<Workload>(), services, new List<AuthorizationPolicy>()),
            new List<WaypointAddress> { new("team", "waypoint", new[] { "10.96.0.9" }) });

        RowIdentity row = BpfIdentity.Service(index, new BpfService(new List<int> { 1 }, "RANDOM", new List<int> { 80 }, new List<int> { 8080 }, "10.96.0.9", 15008));
        RowIdentity other = BpfIdentity.Service(index, new BpfService(new List<int> { 2 }, "RANDOM", new List<int> { 80 }, new List<int> { 8080 }, "10.96.0.9", 15008));
        RowIdentity noWaypoint = BpfIdentity.Service(index, new BpfService(new List<int> { 1 }, "RANDOM", new List<int> { 80 }, new List<int> { 8080 }, null, null));
        RowIdentity otherPorts = BpfIdentity.Service(index, new BpfService(new List<int> { 1 }, "RANDOM", new List<int> { 80 }, new List<int> { 80 }, "10.96.0.7", 15008));

        Assert.Equal(new EntityRef(EntityKind.Gateway, "team", "waypoint"), row.Entities[0]);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"svc-{i:D2}"), row.Entities.Skip(1).Select(e => e.Name));
        Assert.True(row.Candidates);
        Assert.Empty(row.Untied);
        Assert.Equal(row.Entities, other.Entities);
        Assert.Equal(Enumerable.Range(25, 5).Select(i => $"svc-{i:D2}"), noWaypoint.Entities.Select(e => e.Name));
        Assert.Empty(otherPorts.Entities);
        Assert.Equal(new[] { "10.96.0.7", "ports 80" }, otherPorts.Untied);
        Assert.False(otherPorts.Candidates);
    }
}
