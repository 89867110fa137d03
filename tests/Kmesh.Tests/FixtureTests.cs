using System.Collections.Generic;
using System.Linq;
using CSharpToJs.Interop;
using Kmesh.Model;
using Kmesh.Model.Shapes;
using Kmesh.Model.Sources;
using Kmesh.Model.Sources.AccessLogs;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Model.Sources.KernelNative;
using Kmesh.Model.Sources.Metrics;
using Xunit;

namespace Kmesh.Tests;

/// <summary>Every fixture read with exact assertions on its realistic values.</summary>
public class FixtureTests
{
    private static T Ok<T>(Parsed<T> parsed) where T : class
    {
        Assert.True(parsed.Ok, parsed.Error?.ToString());
        return parsed.Value!;
    }

    [Fact]
    public void Version_has_no_mode_on_master()
    {
        DaemonVersion v = Ok(DaemonVersion.Read(Fixtures.Read("version.json")));
        Assert.Equal("v1.2.0", v.GitVersion);
        Assert.Equal("4c9e2b7d1a0f53e8b6d2c7a9f1e0b3d5c8a7f6e2", v.GitCommit);
        Assert.Equal("clean", v.GitTreeState);
        Assert.Equal("2025-12-02T08:41:17Z", v.BuildDate);
        Assert.Equal("go1.24.2", v.GoVersion);
        Assert.Equal("gc", v.Compiler);
        Assert.Equal("linux/amd64", v.Platform);
        Assert.Null(v.Mode);
    }

    [Fact]
    public void Version_with_pr1899_reports_mode()
    {
        DaemonVersion v = Ok(DaemonVersion.Read(Fixtures.Read("version-with-mode-UNMERGED-pr1899.json")));
        Assert.Equal("1.1-dev", v.GitVersion);
        Assert.Equal("dirty", v.GitTreeState);
        Assert.Equal("linux/arm64", v.Platform);
        Assert.Equal("dual-engine", v.Mode);
    }

    [Fact]
    public void Loggers_are_sorted_and_levels_read()
    {
        LoggerList list = Ok(LoggerList.Read(Fixtures.Read("loggers-list.json")));
        Assert.Equal(new[] { "bpf", "default", "fileOnly" }, list.Names);
        LoggerLevel bpf = Ok(LoggerLevel.Read(Fixtures.Read("logger-bpf.json")));
        Assert.Equal(("bpf", "debug"), (bpf.Name, bpf.Level));
        LoggerLevel def = Ok(LoggerLevel.Read(Fixtures.Read("logger-default.json")));
        Assert.Equal(("default", "info"), (def.Name, def.Level));
        Assert.Equal(new[] { "error", "warn", "info", "debug" }, LoggerLevel.LevelsFor("bpf"));
        Assert.Contains("warning", LoggerLevel.LevelsFor("default"));
    }

    [Fact]
    public void Authz_status_reads_enabled()
    {
        Assert.True(Ok(AuthzStatus.Read(Fixtures.Read("authz-status-UNMERGED-pr1899.json"))).Enabled);
    }

    [Fact]
    public void Config_dump_workloads()
    {
        ConfigDump dump = Ok(ConfigDumpReader.Read(Fixtures.Read("dual-engine-config-dump.json")));
        Assert.Equal(7, dump.Workloads.Count);
        Workload coredns = dump.Workloads[0];
        Assert.Equal("Kubernetes//Pod/kube-system/coredns-7db6d8ff4d-2xk9p", coredns.Uid);
        Assert.Equal(new[] { "10.244.0.3" }, coredns.Addresses);
        Assert.Null(coredns.Waypoint);
        Assert.Equal("NONE", coredns.Protocol);
        Assert.Equal("kube-system", coredns.Namespace);
        Assert.Equal("coredns", coredns.ServiceAccount);
        Assert.Equal("DEPLOYMENT", coredns.WorkloadType);
        Assert.Equal(new Locality("", "", ""), coredns.Locality);
        Assert.Equal("kmesh-control-plane", coredns.Node);
        Assert.Equal(new ApplicationTunnel("", null), coredns.ApplicationTunnel);
        Assert.Equal(new[] { "kube-system/kube-dns.kube-system.svc.cluster.local" }, coredns.Services);
        Assert.Empty(coredns.AuthorizationPolicies);

        Workload details = dump.Workloads[1];
        Assert.Equal(new Locality("region-a", "zone-1", ""), details.Locality);
        Assert.Equal("details-v1", details.WorkloadName);
        Assert.Equal("v1", details.CanonicalRevision);

        Workload reviewsV2 = dump.Workloads[5];
        Assert.Equal("reviews-v2-5c757d5846-ptd9c", reviewsV2.Name);
        Assert.Equal("UNHEALTHY", reviewsV2.Status);
        Assert.False(reviewsV2.Healthy);
        Assert.Equal(new[] { "default/reviews-viewer" }, reviewsV2.AuthorizationPolicies);
        Assert.Equal(6, dump.Workloads.Count(w => w.Healthy));
    }

    [Fact]
    public void Config_dump_services_decode_vips_ports_and_waypoints()
    {
        ConfigDump dump = Ok(ConfigDumpReader.Read(Fixtures.Read("dual-engine-config-dump.json")));
        Assert.Equal(6, dump.Services.Count);
        MeshService details = dump.Services[0];
        Assert.Equal("details.default.svc.cluster.local", details.Hostname);
        Assert.Equal(new[] { new ScopedAddress("", "10.96.17.204") }, details.Vips);
        Assert.Equal(new[] { new ServicePort(9080, 9080) }, details.Ports);
        Assert.Null(details.LoadBalancer);
        Assert.Equal(new ScopedAddress("", "10.96.143.232"), details.Waypoint);

        MeshService kubeDns = dump.Services[1];
        Assert.Equal(new[] { new ServicePort(53, 53), new ServicePort(53, 53), new ServicePort(9153, 9153) }, kubeDns.Ports);
        Assert.Null(kubeDns.Waypoint);

        MeshService ratings = dump.Services[3];
        Assert.Equal("FAILOVER", ratings.LoadBalancer!.Mode);
        Assert.Equal(new[] { "NETWORK", "REGION", "ZONE", "SUBZONE" }, ratings.LoadBalancer.RoutingPreferences);

        MeshService waypoint = dump.Services[5];
        Assert.Equal("waypoint", waypoint.Name);
        Assert.Equal(new[] { new ServicePort(15021, 15021), new ServicePort(15008, 15008) }, waypoint.Ports);
        Assert.Null(waypoint.Waypoint);
    }

    [Fact]
    public void Config_dump_policies_decode_matches_and_base64_addresses()
    {
        ConfigDump dump = Ok(ConfigDumpReader.Read(Fixtures.Read("dual-engine-config-dump.json")));
        Assert.Equal(2, dump.Policies.Count);
        AuthorizationPolicy deny = dump.Policies[0];
        Assert.Equal("default/deny-other-namespaces", deny.Key);
        Assert.Equal(("NAMESPACE", "DENY"), (deny.Scope, deny.Action));
        IReadOnlyList<PolicyClause> clauses = deny.Rules[0].Clauses;
        MatchCondition notNamespaces = clauses[0].Matches[0].Conditions[0];
        Assert.Equal("namespaces", notNamespaces.Field);
        Assert.True(notNamespaces.Negated);
        Assert.Equal(new[] { new MatchValue(MatchValueKind.Exact, "default"), new MatchValue(MatchValueKind.Exact, "istio-system") },
            notNamespaces.Values);
        MatchCondition notSourceIps = clauses[1].Matches[0].Conditions[0];
        Assert.Equal(("source_ips", true), (notSourceIps.Field, notSourceIps.Negated));
        Assert.Equal(new[] { new MatchValue(MatchValueKind.Address, "10.244.0.0/16") }, notSourceIps.Values);

        AuthorizationPolicy viewer = dump.Policies[1];
        Assert.Equal(("WORKLOAD_SELECTOR", "ALLOW"), (viewer.Scope, viewer.Action));
        MatchCondition principals = viewer.Rules[0].Clauses[0].Matches[0].Conditions[0];
        Assert.Equal(("principals", false), (principals.Field, principals.Negated));
        Assert.Equal(new MatchValue(MatchValueKind.Exact, "cluster.local/ns/default/sa/bookinfo-productpage"), principals.Values[0]);
        MatchCondition ports = viewer.Rules[0].Clauses[1].Matches[0].Conditions[0];
        Assert.Equal("destination_ports", ports.Field);
        Assert.Equal(new[] { new MatchValue(MatchValueKind.Port, "9080") }, ports.Values);
    }

    [Fact]
    public void Bpf_dump_splits_comma_joined_strings_and_drops_empty_policy_slots()
    {
        BpfDump dump = Ok(BpfDumpReader.Read(Fixtures.Read("dual-engine-bpf-dump.json")));
        Assert.Equal(2, dump.WorkloadPolicies.Count);
        Assert.Equal(new[] { "default/reviews-viewer" }, dump.WorkloadPolicies[0].PolicyIds);
        Assert.Equal(7, dump.Backends.Count);
        Assert.Equal("10.244.1.9", dump.Backends[0].Ip);
        Assert.Equal(1, dump.Backends[0].ServiceCount);
        Assert.Equal(new[] { "default/details.default.svc.cluster.local" }, dump.Backends[0].Services);
        Assert.Null(dump.Backends[0].WaypointAddr);
        Assert.Null(dump.Backends[0].WaypointPort);
        Assert.Equal(7, dump.Endpoints.Count);
        Assert.Equal("Kubernetes//Pod/default/reviews-v1-5b5d6494f4-hx8pv", dump.Endpoints[0].BackendUid);
        Assert.Equal(13, dump.Frontends.Count);
        Assert.Equal("default/reviews.default.svc.cluster.local", dump.Frontends[0].UpstreamId);
        Assert.Equal(6, dump.Services.Count);

        BpfService first = dump.Services[0];
        Assert.Equal(new[] { 2, 0, 0, 0, 0, 0, 0 }, first.EndpointCounts);
        Assert.Equal(2, first.TotalEndpoints);
        Assert.Equal("UNSPECIFIED_MODE", first.LbPolicy);
        Assert.Equal(new[] { 9080 }, first.ServicePorts);
        Assert.Equal("10.96.143.232", first.WaypointAddr);
        Assert.Equal(15008, first.WaypointPort);

        BpfService dns = dump.Services[1];
        Assert.Equal(new[] { 53, 53, 9153 }, dns.ServicePorts);
        Assert.Equal(new[] { 53, 53, 9153 }, dns.TargetPorts);
        Assert.Null(dns.WaypointAddr);

        BpfService failover = dump.Services[3];
        Assert.Equal("FAILOVER", failover.LbPolicy);
        Assert.Equal(new[] { 0, 0, 1, 0, 0, 0, 0 }, failover.EndpointCounts);
    }

    [Fact]
    public void Kernel_native_dump_decodes_addresses_ports_and_enums()
    {
        KernelNativeDump dump = Ok(KernelNativeDumpReader.Read(Fixtures.Read("kernel-native-config-dump.json")));
        Assert.Equal("v2", dump.VersionInfo);
        Assert.Equal(3, dump.Listeners.Count);
        Listener any = dump.Listeners[0];
        Assert.Equal("0.0.0.0_9080", any.Name);
        Assert.Equal(new SocketAddress("TCP", "0.0.0.0", 9080), any.Address);
        Assert.Equal("NONE", any.ApiStatus);
        Assert.Equal(new Filter("envoy.filters.network.http_connection_manager", "9080"), any.FilterChains[0].Filters[0]);

        Listener echo = dump.Listeners[1];
        Assert.Equal("10.96.45.12_9000", echo.Name);
        Assert.Equal(new SocketAddress("TCP", "10.96.45.12", 9000), echo.Address);
        Assert.Equal("outbound|9000||tcp-echo.default.svc.cluster.local", echo.FilterChains[0].Filters[0].Target);

        Listener outbound = dump.Listeners[2];
        Assert.Equal(15001, outbound.Address.Port);
        Assert.Equal(2, outbound.FilterChains.Count);
        Assert.Equal("virtualOutbound-blackhole", outbound.FilterChains[0].Name);
        Assert.Equal(15001, outbound.FilterChains[0].DestinationPort);
        Assert.Null(outbound.FilterChains[1].DestinationPort);

        RouteConfig routes = Assert.Single(dump.RouteConfigs);
        Assert.Equal("9080", routes.Name);
        Assert.Equal(3, routes.VirtualHosts.Count);
        Route split = routes.VirtualHosts[1].Routes[0];
        Assert.Equal("reviews-v1-v2-split", split.Name);
        Assert.Equal("/", split.MatchPrefix);
        Assert.Equal("", split.Cluster);
        Assert.Equal(new[]
        {
            new WeightedCluster("outbound|9080|v1|reviews.default.svc.cluster.local", 90),
            new WeightedCluster("outbound|9080|v2|reviews.default.svc.cluster.local", 10),
        }, split.WeightedClusters);
        Assert.Equal(5, split.Timeout);
        Assert.Equal(2, split.NumRetries);
        Assert.Equal(new[] { "*" }, routes.VirtualHosts[2].Domains);

        Assert.Equal(7, dump.Clusters.Count);
        Cluster blackHole = dump.Clusters[0];
        Assert.Equal(("BlackHoleCluster", 7, "ROUND_ROBIN"), (blackHole.Name, blackHole.Id, blackHole.LbPolicy));
        Assert.Empty(blackHole.Endpoints);
        Assert.Null(blackHole.CircuitBreakers);
        Cluster passthrough = dump.Clusters[1];
        Assert.Equal("6", passthrough.LbPolicy);
        Assert.Equal(new CircuitBreakers(4294967295, 4294967295, 4294967295, 4294967295), passthrough.CircuitBreakers);
        Cluster details = dump.Clusters[2];
        Assert.Equal("LEAST_REQUEST", details.LbPolicy);
        Assert.Equal(10, details.ConnectTimeout);
        Assert.Equal(new SocketAddress("TCP", "10.244.1.9", 9080), details.Endpoints[0].Addresses[0]);
        Cluster reviews = dump.Clusters[3];
        Assert.Equal(2, reviews.Endpoints[0].LoadBalancingWeight);
        Assert.Equal(new[] { "10.244.2.9:9080", "10.244.1.11:9080" },
            reviews.Endpoints[0].Addresses.Select(a => a.ToString()));
        Cluster updating = dump.Clusters[4];
        Assert.Equal(("UPDATE", 0), (updating.ApiStatus, updating.Id));
        Assert.Equal(new SocketAddress("TCP", "10.244.1.15", 9000), dump.Clusters[6].Endpoints[0].Addresses[0]);
    }

    [Fact]
    public void Metrics_families_samples_labels_and_go_float_values()
    {
        MetricsText metrics = Ok(PrometheusReader.Read(Fixtures.Read("metrics.prom")));
        Assert.Equal(19, metrics.Families.Count);
        MetricFamily count = metrics.Families[0];
        Assert.Equal("kmesh_bpf_prog_operation_count", count.Name);
        Assert.Equal("counter", count.Type);
        Assert.Equal("Count of bpf prog operations executed.", count.Help);
        Assert.Equal(2, count.Samples.Count);
        Assert.Equal("ENABLE_ENCODING_METADATA", count.Samples[0].Label("operation_type"));
        Assert.Equal(412, count.Samples[0].Value);

        MetricFamily duration = metrics.Family("kmesh_bpf_prog_operation_duration")!;
        Assert.Equal("histogram", duration.Type);
        Assert.Equal(28, duration.Samples.Count);
        MetricSample inf = duration.Samples[11];
        Assert.Equal("kmesh_bpf_prog_operation_duration_bucket", inf.Name);
        Assert.Equal("+Inf", inf.Label("le"));
        Assert.Equal(412, inf.Value);
        MetricSample sum = duration.Samples[12];
        Assert.Equal("kmesh_bpf_prog_operation_duration_sum", sum.Name);
        Assert.Equal(1391027, sum.Value);
        Assert.Equal("1.391027e+06", sum.ValueText);

        MetricFamily sent = metrics.Family("kmesh_tcp_sent_bytes_total")!;
        Assert.Equal("gauge", sent.Type);
        Assert.Equal(5, sent.Samples.Count);
        MetricSample reviews = sent.Samples[3];
        Assert.Equal("reviews.default.svc.cluster.local", reviews.Label("destination_service"));
        Assert.Equal("destination", reviews.Label("reporter"));
        Assert.Equal("-", reviews.Label("source_principal"));
        Assert.Equal(2934112, reviews.Value);
        Assert.Equal("", reviews.Label("no_such_label"));

        Assert.Equal(6, metrics.Family("kmesh_map_entry_count")!.Samples.Count);
        Assert.Equal(41, metrics.Family("kmesh_map_count_total")!.Samples[0].Value);
        Assert.Equal(2, metrics.Family("promhttp_metric_handler_errors_total")!.Samples.Count);
    }

    [Fact]
    public void Access_log_lines_are_read_and_other_lines_skipped()
    {
        AccessLog log = AccessLogReader.Read(Fixtures.Read("daemon-stdout-sample.log"));
        Assert.Empty(log.Errors);
        Assert.Equal(3, log.Entries.Count);
        AccessLogEntry first = log.Entries[0];
        Assert.Equal(7, first.Line);
        Assert.Equal("2025-12-03 10:02:46.518204377 +0000 UTC", first.Time);
        Assert.Equal("10.244.1.8:52914", first.SourceAddress);
        Assert.Equal("productpage-v1-d5789fdfb-4l8sm", first.SourceWorkload);
        Assert.Equal("default", first.SourceNamespace);
        Assert.Equal("10.244.1.11:9080", first.DestinationAddress);
        Assert.Equal("reviews.default.svc.cluster.local", first.DestinationService);
        Assert.Equal("reviews-v2-5c757d5846-ptd9c", first.DestinationWorkload);
        Assert.Equal("2025-12-03 10:02:41.518204377 +0000 UTC", first.StartTime);
        Assert.Equal("OUTBOUND", first.Direction);
        Assert.Equal("BPF_TCP_ESTABLISHED", first.State);
        Assert.Equal(31870, first.SentBytes);
        Assert.Equal(802144, first.ReceivedBytes);
        Assert.Equal(0, first.PacketLoss);
        Assert.Equal(1, first.Retransmissions);
        Assert.Equal("412us", first.Srtt);
        Assert.Equal("88us", first.MinRtt);
        Assert.Equal("5000.118522ms", first.Duration);
        Assert.Equal(17, first.Fields.Count);
        AccessLogEntry inbound = log.Entries[2];
        Assert.Equal(("-", "-", "INBOUND"), (inbound.SourceWorkload, inbound.SourceNamespace, inbound.Direction));
        Assert.Equal(178, inbound.SentBytes);
    }

    [Fact]
    public void Kmesh_node_infos_read_podCIDRS_with_capital_S()
    {
        KmeshNodeInfoList list = JsonShapes.Parse<KmeshNodeInfoList>(Fixtures.Read("kmeshnodeinfo-list.json"));
        Assert.Equal(3, list.Items!.Count);
        KmeshNodeInfo worker2 = list.Items[2];
        Assert.Equal("kmesh-worker2", worker2.Metadata!.Name);
        Assert.Equal(1, worker2.Spec!.Spi);
        Assert.Equal(new[] { "172.18.0.4" }, worker2.Spec.Addresses);
        Assert.Equal(new[] { "10.244.2.0/24" }, worker2.Spec.PodCidrs);
        Assert.Equal("5d2f8c61-b7a0-4e93-9c14-e6f30a8d2b75", worker2.Spec.BootId);
        Assert.Equal(2, list.Items[0].Spec!.Spi);
    }

    [Fact]
    public void Waypoint_gateway_reads_spec_status_and_labels()
    {
        Gateway gateway = JsonShapes.Parse<Gateway>(Fixtures.Read("waypoint-gateway.json"));
        Assert.Equal("istio-waypoint", gateway.Spec!.GatewayClassName);
        GatewayListener listener = Assert.Single(gateway.Spec.Listeners!);
        Assert.Equal(("mesh", 15008, "HBONE"), (listener.Name, listener.Port, listener.Protocol));
        Assert.Equal("Same", listener.AllowedRoutes!.Namespaces!.From);
        Assert.Equal("10.96.143.232", gateway.Status!.Addresses![0].Value);
        Assert.Equal(new[] { "Accepted", "Programmed" }, new List<GatewayCondition>(gateway.Status.Conditions!).ConvertAll(c => c.Type));
        Assert.Equal("service", gateway.Metadata!.Labels!["istio.io/waypoint-for"]);
        Assert.Equal("ghcr.io/kmesh-net/waypoint:v1.2.0", gateway.Metadata.Annotations!["sidecar.istio.io/proxyImage"]);
        Assert.Equal(4, gateway.Status.Listeners![0].Conditions!.Count);
    }
}
