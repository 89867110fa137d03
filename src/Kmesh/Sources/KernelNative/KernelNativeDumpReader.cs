using System.Collections.Generic;
using Kmesh.Model.Json;
using Kmesh.Model.Text;

namespace Kmesh.Model.Sources.KernelNative;

public static class KernelNativeDumpReader
{
    public static Parsed<KernelNativeDump> Read(string? text) => JsonSource.Read(text, ReadRoot);

    public static Parsed<KernelNativeDump> Read(JsonDocument document) => DocumentRead.With(document, ReadRoot);

    private static KernelNativeDump ReadRoot(ShapeReader reader, JsonValue root)
    {
        JsonPath path = JsonPath.Root;
        reader.RequireObject(root, path);
        JsonValue? dynamicResources = reader.Object(root, "dynamicResources", path);
        JsonValue resources = dynamicResources ?? root;
        JsonPath resourcesPath = dynamicResources is null ? path : path.Field("dynamicResources");

        IReadOnlyList<Listener> listeners = reader.Objects(resources, "listenerConfigs", resourcesPath, (item, itemPath) => ReadListener(reader, item, itemPath));
        IReadOnlyList<RouteConfig> routes = reader.Objects(resources, "routeConfigs", resourcesPath, (item, itemPath) => ReadRouteConfig(reader, item, itemPath));
        IReadOnlyList<Cluster> clusters = reader.Objects(resources, "clusterConfigs", resourcesPath, (item, itemPath) => ReadCluster(reader, item, itemPath));
        return new KernelNativeDump(reader.String(resources, "versionInfo", resourcesPath), listeners, routes, clusters);
    }

    private static string EnumOr(ShapeReader reader, JsonValue obj, string name, JsonPath path, string zeroName)
    {
        string value = reader.EnumName(obj, name, path);
        return value.Length == 0 ? zeroName : value;
    }

    public static SocketAddress ReadAddress(ShapeReader reader, JsonValue? address, JsonPath path)
    {
        if (address is null) return new SocketAddress("TCP", "0.0.0.0", 0);
        reader.RequireObject(address, path);
        int port = reader.Int(address, "port", path);
        if (port < 0 || port > 65535)
        {
            throw reader.Error(ShapeReader.Member(address, "port") ?? address, path.Field("port"), ParseErrorKind.OutOfRange,
                Say.T("port {{port}} does not fit 16 bits", "port", port));
        }
        double ipv4 = reader.Count(address, "ipv4", path);
        if (ipv4 > 4294967295.0)
        {
            throw reader.Error(ShapeReader.Member(address, "ipv4") ?? address, path.Field("ipv4"), ParseErrorKind.OutOfRange,
                Say.T("ipv4 does not fit 32 bits"));
        }
        return new SocketAddress(EnumOr(reader, address, "protocol", path, "TCP"), Addresses.Ipv4FromLittleEndian(ipv4),
            Addresses.PortFromNetworkOrder(port));
    }

    private static Listener ReadListener(ShapeReader reader, JsonValue item, JsonPath path)
    {
        var chains = new List<FilterChain>();
        IReadOnlyList<JsonValue> chainItems = reader.Array(item, "filterChains", path);
        for (int i = 0; i < chainItems.Count; i++)
        {
            JsonValue chain = chainItems[i];
            if (chain.IsNull) continue;
            JsonPath chainPath = path.Field("filterChains").Item(i);
            reader.RequireObject(chain, chainPath);
            JsonValue? match = reader.Object(chain, "filterChainMatch", chainPath);
            int? destinationPort = match is null ? null : reader.OptionalInt(match, "destinationPort", chainPath.Field("filterChainMatch"));
            var filters = new List<Filter>();
            IReadOnlyList<JsonValue> filterItems = reader.Array(chain, "filters", chainPath);
            for (int f = 0; f < filterItems.Count; f++)
            {
                JsonValue filter = filterItems[f];
                if (filter.IsNull) continue;
                JsonPath filterPath = chainPath.Field("filters").Item(f);
                reader.RequireObject(filter, filterPath);
                filters.Add(new Filter(reader.String(filter, "name", filterPath), FilterTarget(reader, filter, filterPath)));
            }
            chains.Add(new FilterChain(reader.String(chain, "name", chainPath), destinationPort, filters));
        }
        return new Listener(
            EnumOr(reader, item, "apiStatus", path, "NONE"),
            reader.String(item, "name", path),
            ReadAddress(reader, reader.Object(item, "address", path), path.Field("address")),
            chains);
    }

    private static string FilterTarget(ShapeReader reader, JsonValue filter, JsonPath path)
    {
        JsonValue? tcp = reader.Object(filter, "tcpProxy", path);
        if (tcp is not null) return reader.String(tcp, "cluster", path.Field("tcpProxy"));
        JsonValue? http = reader.Object(filter, "httpConnectionManager", path);
        if (http is not null) return reader.String(http, "routeConfigName", path.Field("httpConnectionManager"));
        return "";
    }

    private static RouteConfig ReadRouteConfig(ShapeReader reader, JsonValue item, JsonPath path)
    {
        var hosts = new List<VirtualHost>();
        IReadOnlyList<JsonValue> hostItems = reader.Array(item, "virtualHosts", path);
        for (int i = 0; i < hostItems.Count; i++)
        {
            JsonValue host = hostItems[i];
            if (host.IsNull) continue;
            JsonPath hostPath = path.Field("virtualHosts").Item(i);
            reader.RequireObject(host, hostPath);
            var routes = new List<Route>();
            IReadOnlyList<JsonValue> routeItems = reader.Array(host, "routes", hostPath);
            for (int r = 0; r < routeItems.Count; r++)
            {
                if (routeItems[r].IsNull) continue;
                routes.Add(ReadRoute(reader, routeItems[r], hostPath.Field("routes").Item(r)));
            }
            hosts.Add(new VirtualHost(reader.String(host, "name", hostPath), reader.StringList(host, "domains", hostPath), routes));
        }
        return new RouteConfig(reader.String(item, "name", path), hosts);
    }

    private static Route ReadRoute(ShapeReader reader, JsonValue item, JsonPath path)
    {
        reader.RequireObject(item, path);
        JsonValue? match = reader.Object(item, "match", path);
        string prefix = match is null ? "" : reader.String(match, "prefix", path.Field("match"));
        JsonValue? action = reader.Object(item, "route", path);
        JsonPath actionPath = path.Field("route");
        string cluster = "";
        var weighted = new List<WeightedCluster>();
        double timeout = 0;
        int retries = 0;
        if (action is not null)
        {
            cluster = reader.String(action, "cluster", actionPath);
            JsonValue? weightedClusters = reader.Object(action, "weightedClusters", actionPath);
            if (weightedClusters is not null)
            {
                JsonPath weightedPath = actionPath.Field("weightedClusters");
                IReadOnlyList<JsonValue> clusterItems = reader.Array(weightedClusters, "clusters", weightedPath);
                for (int i = 0; i < clusterItems.Count; i++)
                {
                    JsonValue entry = clusterItems[i];
                    if (entry.IsNull) continue;
                    JsonPath entryPath = weightedPath.Field("clusters").Item(i);
                    reader.RequireObject(entry, entryPath);
                    weighted.Add(new WeightedCluster(reader.String(entry, "name", entryPath), reader.Int(entry, "weight", entryPath)));
                }
            }
            timeout = reader.Count(action, "timeout", actionPath);
            JsonValue? retryPolicy = reader.Object(action, "retryPolicy", actionPath);
            if (retryPolicy is not null) retries = reader.Int(retryPolicy, "numRetries", actionPath.Field("retryPolicy"));
        }
        return new Route(reader.String(item, "name", path), prefix, cluster, weighted, timeout, retries);
    }

    private static Cluster ReadCluster(ShapeReader reader, JsonValue item, JsonPath path)
    {
        var groups = new List<LocalityEndpoints>();
        JsonValue? assignment = reader.Object(item, "loadAssignment", path);
        if (assignment is not null)
        {
            JsonPath assignmentPath = path.Field("loadAssignment");
            IReadOnlyList<JsonValue> endpointItems = reader.Array(assignment, "endpoints", assignmentPath);
            for (int i = 0; i < endpointItems.Count; i++)
            {
                JsonValue group = endpointItems[i];
                if (group.IsNull) continue;
                JsonPath groupPath = assignmentPath.Field("endpoints").Item(i);
                reader.RequireObject(group, groupPath);
                var addresses = new List<SocketAddress>();
                IReadOnlyList<JsonValue> lbEndpoints = reader.Array(group, "lbEndpoints", groupPath);
                for (int e = 0; e < lbEndpoints.Count; e++)
                {
                    JsonValue endpoint = lbEndpoints[e];
                    if (endpoint.IsNull) continue;
                    JsonPath endpointPath = groupPath.Field("lbEndpoints").Item(e);
                    reader.RequireObject(endpoint, endpointPath);
                    addresses.Add(ReadAddress(reader, reader.Object(endpoint, "address", endpointPath), endpointPath.Field("address")));
                }
                groups.Add(new LocalityEndpoints(reader.Int(group, "loadBalancingWeight", groupPath), addresses));
            }
        }
        CircuitBreakers? breakers = null;
        JsonValue? breakerValue = reader.Object(item, "circuitBreakers", path);
        if (breakerValue is not null)
        {
            JsonPath breakerPath = path.Field("circuitBreakers");
            breakers = new CircuitBreakers(
                reader.Count(breakerValue, "maxConnections", breakerPath),
                reader.Count(breakerValue, "maxPendingRequests", breakerPath),
                reader.Count(breakerValue, "maxRequests", breakerPath),
                reader.Count(breakerValue, "maxRetries", breakerPath));
        }
        return new Cluster(
            EnumOr(reader, item, "apiStatus", path, "NONE"),
            reader.String(item, "name", path),
            reader.Int(item, "id", path),
            reader.Count(item, "connectTimeout", path),
            EnumOr(reader, item, "lbPolicy", path, "ROUND_ROBIN"),
            groups,
            breakers);
    }
}
