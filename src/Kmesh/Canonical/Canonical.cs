using System.Collections.Generic;
using Kmesh.Model.Rules;
using Kmesh.Model.Sources;
using Kmesh.Model.Sources.AccessLogs;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Model.Sources.KernelNative;
using Kmesh.Model.Sources.Metrics;
using Kmesh.Model.Transport;

namespace Kmesh.Model.Canonical;

/// <summary>The canonical text of every parsed value, written field by field (no reflection), so native and
/// compiled runs can be compared byte for byte.</summary>
public static class CanonicalText
{
    public static string Error(ParseError error)
        => new CanonicalWriter().Begin("error").Value("kind", error.Kind.ToString()).Value("message", error.Message)
            .Int("line", error.Line).Int("column", error.Column).Int("offset", error.Offset).Value("path", error.Path).End().ToString();

    public static string Of<T>(Parsed<T> parsed, System.Func<T, string> render) where T : class
        => parsed.Value is not null ? render(parsed.Value) : Error(parsed.Error!);

    public static string Version(DaemonVersion v) => new CanonicalWriter()
        .Value("gitVersion", v.GitVersion).Value("gitCommit", v.GitCommit).Value("gitTreeState", v.GitTreeState)
        .Value("buildDate", v.BuildDate).Value("goVersion", v.GoVersion).Value("compiler", v.Compiler)
        .Value("platform", v.Platform).Value("mode", v.Mode).ToString();

    public static string Loggers(LoggerList list) => new CanonicalWriter().Strings("names", list.Names).ToString();

    public static string Logger(LoggerLevel level) => new CanonicalWriter().Value("name", level.Name).Value("level", level.Level).ToString();

    private static void Scoped(CanonicalWriter w, string key, ScopedAddress? address)
        => w.Value(key, address is null ? null : address.ToString());

    public static string ConfigDump(ConfigDump dump)
    {
        var w = new CanonicalWriter();
        w.Each("workloads", dump.Workloads, (x, wl) =>
        {
            x.Value("uid", wl.Uid).Strings("addresses", wl.Addresses);
            Scoped(x, "waypoint", wl.Waypoint);
            x.Value("protocol", wl.Protocol).Value("name", wl.Name).Value("namespace", wl.Namespace)
                .Value("serviceAccount", wl.ServiceAccount).Value("workloadName", wl.WorkloadName).Value("workloadType", wl.WorkloadType)
                .Value("canonicalName", wl.CanonicalName).Value("canonicalRevision", wl.CanonicalRevision).Value("clusterId", wl.ClusterId)
                .Value("trustDomain", wl.TrustDomain)
                .Value("locality", $"{wl.Locality.Region}/{wl.Locality.Zone}/{wl.Locality.Subzone}")
                .Value("node", wl.Node).Value("network", wl.Network).Value("status", wl.Status).Flag("healthy", wl.Healthy)
                .Value("tunnelProtocol", wl.ApplicationTunnel.Protocol).MaybeInt("tunnelPort", wl.ApplicationTunnel.Port)
                .Strings("services", wl.Services).Strings("authorizationPolicies", wl.AuthorizationPolicies);
        });
        w.Each("services", dump.Services, (x, s) =>
        {
            x.Value("name", s.Name).Value("namespace", s.Namespace).Value("hostname", s.Hostname);
            var vips = new List<string>();
            foreach (ScopedAddress vip in s.Vips) vips.Add(vip.ToString());
            x.Strings("vips", vips);
            var ports = new List<string>();
            foreach (ServicePort port in s.Ports) ports.Add($"{port.Port}->{port.TargetPort}");
            x.Strings("ports", ports);
            if (s.LoadBalancer is null) x.Value("loadBalancer", null);
            else x.Begin("loadBalancer").Value("mode", s.LoadBalancer.Mode).Strings("routingPreferences", s.LoadBalancer.RoutingPreferences).End();
            Scoped(x, "waypoint", s.Waypoint);
        });
        w.Each("policies", dump.Policies, (x, p) =>
        {
            x.Value("name", p.Name).Value("namespace", p.Namespace).Value("scope", p.Scope).Value("action", p.Action);
            x.Each("rules", p.Rules, (r, rule) => r.Each("clauses", rule.Clauses, (c, clause) => c.Each("matches", clause.Matches, (m, match) =>
            {
                foreach (MatchCondition condition in match.Conditions)
                {
                    var values = new List<string>();
                    foreach (MatchValue value in condition.Values) values.Add($"{value.Kind}:{value.Text}");
                    m.Strings((condition.Negated ? "not " : "") + condition.Field, values);
                }
            })));
        });
        return w.ToString();
    }

    public static string BpfDump(BpfDump dump)
    {
        var w = new CanonicalWriter();
        w.Each("workloadPolicies", dump.WorkloadPolicies, (x, p) => x.Strings("policyIds", p.PolicyIds));
        w.Each("backends", dump.Backends, (x, b) => x.Value("ip", b.Ip).Int("serviceCount", b.ServiceCount).Strings("services", b.Services)
            .Value("waypointAddr", b.WaypointAddr).MaybeInt("waypointPort", b.WaypointPort));
        w.Each("endpoints", dump.Endpoints, (x, e) => x.Value("backendUid", e.BackendUid));
        w.Each("frontends", dump.Frontends, (x, f) => x.Value("upstreamId", f.UpstreamId));
        w.Each("services", dump.Services, (x, s) => x.Ints("endpointCounts", s.EndpointCounts).Int("totalEndpoints", s.TotalEndpoints)
            .Value("lbPolicy", s.LbPolicy).Ints("servicePorts", s.ServicePorts).Ints("targetPorts", s.TargetPorts)
            .Value("waypointAddr", s.WaypointAddr).MaybeInt("waypointPort", s.WaypointPort));
        return w.ToString();
    }

    public static string KernelNative(KernelNativeDump dump)
    {
        var w = new CanonicalWriter();
        w.Value("versionInfo", dump.VersionInfo);
        w.Each("listeners", dump.Listeners, (x, l) =>
        {
            x.Value("apiStatus", l.ApiStatus).Value("name", l.Name).Value("address", $"{l.Address.Protocol} {l.Address}");
            x.Each("filterChains", l.FilterChains, (c, chain) =>
            {
                c.Value("name", chain.Name).MaybeInt("destinationPort", chain.DestinationPort);
                var filters = new List<string>();
                foreach (Filter filter in chain.Filters) filters.Add($"{filter.Name} -> {filter.Target}");
                c.Strings("filters", filters);
            });
        });
        w.Each("routeConfigs", dump.RouteConfigs, (x, rc) =>
        {
            x.Value("name", rc.Name);
            x.Each("virtualHosts", rc.VirtualHosts, (h, host) =>
            {
                h.Value("name", host.Name).Strings("domains", host.Domains);
                h.Each("routes", host.Routes, (r, route) =>
                {
                    var weighted = new List<string>();
                    foreach (WeightedCluster cluster in route.WeightedClusters) weighted.Add($"{cluster.Name}={cluster.Weight}");
                    r.Value("name", route.Name).Value("prefix", route.MatchPrefix).Value("cluster", route.Cluster)
                        .Strings("weightedClusters", weighted).Number("timeout", route.Timeout).Int("numRetries", route.NumRetries);
                });
            });
        });
        w.Each("clusters", dump.Clusters, (x, c) =>
        {
            x.Value("apiStatus", c.ApiStatus).Value("name", c.Name).Int("id", c.Id).Number("connectTimeout", c.ConnectTimeout)
                .Value("lbPolicy", c.LbPolicy);
            x.Each("endpoints", c.Endpoints, (e, group) =>
            {
                var addresses = new List<string>();
                foreach (SocketAddress address in group.Addresses) addresses.Add(address.ToString());
                e.Int("loadBalancingWeight", group.LoadBalancingWeight).Strings("addresses", addresses);
            });
            if (c.CircuitBreakers is null) x.Value("circuitBreakers", null);
            else x.Begin("circuitBreakers").Number("maxConnections", c.CircuitBreakers.MaxConnections)
                .Number("maxPendingRequests", c.CircuitBreakers.MaxPendingRequests).Number("maxRequests", c.CircuitBreakers.MaxRequests)
                .Number("maxRetries", c.CircuitBreakers.MaxRetries).End();
        });
        return w.ToString();
    }

    public static string Metrics(MetricsText metrics)
    {
        var w = new CanonicalWriter();
        w.Each("families", metrics.Families, (x, f) =>
        {
            x.Value("name", f.Name).Value("type", f.Type).Value("help", f.Help);
            x.Each("samples", f.Samples, (s, sample) =>
            {
                var labels = new List<string>();
                foreach (MetricLabel label in sample.Labels) labels.Add($"{label.Name}={CanonicalWriter.Quote(label.Value)}");
                s.Value("name", sample.Name).Strings("labels", labels).Number("value", sample.Value).Value("text", sample.ValueText);
            });
        });
        return w.ToString();
    }

    public static string AccessLog(AccessLog log)
    {
        var w = new CanonicalWriter();
        w.Each("entries", log.Entries, (x, e) => x.Int("line", e.Line).Value("time", e.Time)
            .Value("src", $"{e.SourceAddress} {e.SourceWorkload} {e.SourceNamespace}")
            .Value("dst", $"{e.DestinationAddress} {e.DestinationService} {e.DestinationWorkload} {e.DestinationNamespace}")
            .Value("startTime", e.StartTime).Value("direction", e.Direction).Value("state", e.State)
            .Number("sentBytes", e.SentBytes).Number("receivedBytes", e.ReceivedBytes).Number("packetLoss", e.PacketLoss)
            .Number("retransmissions", e.Retransmissions).Value("srtt", e.Srtt).Value("minRtt", e.MinRtt).Value("duration", e.Duration)
            .Int("fieldCount", e.Fields.Count));
        w.Each("errors", log.Errors, (x, e) => x.Value("error", e.ToString()));
        return w.ToString();
    }

    public static string Response(AdminResponse response)
    {
        var w = new CanonicalWriter();
        w.Int("status", response.Status);
        var headers = new List<string>();
        foreach (HttpHeader header in response.Headers) headers.Add($"{header.Name}: {header.Value}");
        w.Strings("headers", headers).Value("body", response.Body);
        return w.ToString();
    }

    public static string Failure(AdminFailure? failure) => failure is null
        ? "failure: null\n"
        : new CanonicalWriter().Begin("failure").Value("kind", failure.Kind.ToString()).Value("message", failure.Message)
            .Value("hint", failure.Hint).End().ToString();

    public static string Health(Health health) => $"{health.Level}: {health.Reason}";

    public static string Overview(OverviewSummary s)
    {
        var w = new CanonicalWriter();
        w.Value("daemons", $"{KnownText(s.DaemonsReady)}/{KnownText(s.DaemonsTotal)} ready").Strings("modes", s.Modes);
        var versions = new List<string>();
        foreach (VersionGroup group in s.Versions.Versions) versions.Add($"{group.Version}: {string.Join(",", group.Pods)}");
        w.Strings("versions", versions).Flag("skewed", s.Versions.Skewed)
            .Value("enrolledNamespaces", s.EnrolledNamespaces.IsKnown ? string.Join(",", s.EnrolledNamespaces.Value!) : KnownText(s.EnrolledNamespaces.As<int>()))
            .Value("podsIntended", KnownText(s.PodsIntended)).Value("podsActual", KnownText(s.PodsActual));
        w.Each("mismatches", s.Mismatches, (x, m) => x.Value("pod", $"{m.Namespace}/{m.Pod}").Flag("intended", m.Intended)
            .Flag("actual", m.Actual).Value("reason", m.Reason));
        w.Value("waypoints", $"{KnownText(s.WaypointsProgrammed)}/{KnownText(s.WaypointsTotal)} programmed");
        if (s.Ipsec.IsKnown)
        {
            IpsecSummary ipsec = s.Ipsec.Value!;
            var spis = new List<string>();
            foreach (SpiGroup group in ipsec.Spis) spis.Add($"{group.Spi}: {string.Join(",", group.Nodes)}");
            w.Value("ipsec", ipsec.State.ToString()).Strings("spis", spis).Strings("nodesWithoutInfo", ipsec.NodesWithoutInfo)
                .Strings("staleNodes", ipsec.StaleNodes).Value("ipsecHealth", Health(ipsec.Health));
        }
        else w.Value("ipsec", KnownText(s.Ipsec.As<int>()));
        w.Value("health", Health(s.Health)).Strings("unknown", s.UnknownSources);
        w.Each("groups", s.Groups, (x, g) => x.Value("kind", g.Kind.ToString()).Value("level", g.Level.ToString()).Value("title", g.Title)
            .Value("filter", g.Filter).Strings("items", ItemTexts(g)));
        return w.ToString();
    }

    private static List<string> ItemTexts(ProblemGroup group)
    {
        var texts = new List<string>();
        foreach (ProblemItem item in group.Items) texts.Add(OverviewRules.Describe(item));
        return texts;
    }

    private static string KnownText(Known<int> known) => known.IsKnown ? known.Value.ToString() : Unknowns.Describe(known.State, known.Reason);
}
