using System.Collections.Generic;
using Kmesh.Model.Json;

namespace Kmesh.Model.Sources.DualEngine;

/// <summary>Reads the dual-engine config dump, tolerating v1.0.0's capitalised keys.</summary>
public static class ConfigDumpReader
{
    public static Parsed<ConfigDump> Read(string? text) => JsonSource.Read(text, ReadRoot);

    public static Parsed<ConfigDump> Read(string? text, JsonLimits limits) => JsonSource.Read(text, limits, ReadRoot);

    private static ConfigDump ReadRoot(ShapeReader reader, JsonValue root)
    {
        JsonPath path = JsonPath.Root;
        reader.RequireObject(root, path);
        IReadOnlyList<Workload> workloads = reader.Objects(root, "workloads", path, (item, itemPath) => ReadWorkload(reader, item, itemPath));
        IReadOnlyList<MeshService> services = reader.Objects(root, "services", path, (item, itemPath) => ReadService(reader, item, itemPath));
        IReadOnlyList<AuthorizationPolicy> policies = reader.Objects(root, "policies", path, (item, itemPath) => PolicyReader.ReadPolicy(reader, item, itemPath));
        return new ConfigDump(workloads, services, policies);
    }

    private static Workload ReadWorkload(ShapeReader reader, JsonValue item, JsonPath path)
    {
        reader.RequireObject(item, path);
        // Hot fields are looked up at their own call sites (JsonValue.Own*, Lacks), paths built only when the shared
        // reader takes over (null, another case, a wrong type).
        JsonValue? locality = item.OwnObject("locality") ?? reader.Object(item, "locality", path);
        JsonValue? tunnel = item.OwnObject("applicationTunnel") ?? reader.Object(item, "applicationTunnel", path);
        return new Workload(
            item.OwnStringOrEmpty("uid") ?? reader.String(item, "uid", path),
            ShapeReader.Strings(item.OwnArray("addresses")) ?? reader.StringList(item, "addresses", path),
            ReadWaypoint(reader, item, path),
            item.OwnStringOrEmpty("protocol") ?? reader.String(item, "protocol", path),
            item.OwnStringOrEmpty("name") ?? reader.String(item, "name", path),
            item.OwnStringOrEmpty("namespace") ?? reader.String(item, "namespace", path),
            item.OwnStringOrEmpty("serviceAccount") ?? reader.String(item, "serviceAccount", path),
            item.OwnStringOrEmpty("workloadName") ?? reader.String(item, "workloadName", path),
            item.OwnStringOrEmpty("workloadType") ?? reader.String(item, "workloadType", path),
            item.OwnStringOrEmpty("canonicalName") ?? reader.String(item, "canonicalName", path),
            item.OwnStringOrEmpty("canonicalRevision") ?? reader.String(item, "canonicalRevision", path),
            item.OwnStringOrEmpty("clusterId") ?? reader.String(item, "clusterId", path),
            item.OwnStringOrEmpty("trustDomain") ?? reader.String(item, "trustDomain", path),
            locality is null
                ? new Locality("", "", "")
                : new Locality(locality.OwnStringOrEmpty("region") ?? reader.String(locality, "region", path.Field("locality")),
                    locality.OwnStringOrEmpty("zone") ?? reader.String(locality, "zone", path.Field("locality")),
                    locality.OwnStringOrEmpty("subzone") ?? reader.String(locality, "subzone", path.Field("locality"))),
            item.OwnStringOrEmpty("node") ?? reader.String(item, "node", path),
            item.OwnStringOrEmpty("network") ?? reader.String(item, "network", path),
            item.OwnStringOrEmpty("status") ?? reader.String(item, "status", path),
            tunnel is null
                ? new ApplicationTunnel("", null)
                : new ApplicationTunnel(tunnel.OwnStringOrEmpty("protocol") ?? reader.EnumName(tunnel, "protocol", path.Field("applicationTunnel")),
                    tunnel.OwnInt32("port") ?? (tunnel.Lacks("port") ? null : reader.OptionalInt(tunnel, "port", path.Field("applicationTunnel")))),
            ShapeReader.Strings(item.OwnArray("services")) ?? reader.StringList(item, "services", path),
            ShapeReader.Strings(item.OwnArray("authorizationPolicies")) ?? reader.StringList(item, "authorizationPolicies", path));
    }

    /// <summary>A waypoint is written either as a string or as an object with <c>destination</c>; empty means none.</summary>
    private static ScopedAddress? ReadWaypoint(ShapeReader reader, JsonValue owner, JsonPath path)
    {
        string? own = owner.OwnString("waypoint");
        if (own is not null) return own.Length == 0 ? null : ScopedAddress.Parse(own);
        if (owner.Lacks("waypoint")) return null;
        JsonValue? value = ShapeReader.Member(owner, "waypoint");
        if (value is null) return null;
        string destination = value.Kind == JsonKind.Object
            ? value.OwnStringOrEmpty("destination") ?? reader.String(value, "destination", path.Field("waypoint"))
            : reader.StringItem(value, path.Field("waypoint"));
        return destination.Length == 0 ? null : ScopedAddress.Parse(destination);
    }

    private static MeshService ReadService(ShapeReader reader, JsonValue item, JsonPath path)
    {
        reader.RequireObject(item, path);
        var vips = new List<ScopedAddress>();
        foreach (string vip in reader.StringList(item, "vips", path))
        {
            if (vip.Length > 0) vips.Add(ScopedAddress.Parse(vip));
        }
        var ports = new List<ServicePort>();
        IReadOnlyList<JsonValue> portItems = reader.Array(item, "ports", path);
        JsonPath portsPath = path.Field("ports");
        for (int i = 0; i < portItems.Count; i++)
        {
            JsonValue port = portItems[i];
            if (port.IsNull) continue;
            JsonPath portPath = portsPath.Item(i);
            reader.RequireObject(port, portPath);
            ports.Add(new ServicePort(
                SnakeOrCamelInt(reader, port, "service_port", "servicePort", portPath),
                SnakeOrCamelInt(reader, port, "target_port", "targetPort", portPath)));
        }
        LoadBalancing? loadBalancing = null;
        JsonValue? balancer = reader.Object(item, "loadBalancer", path);
        if (balancer is not null)
        {
            JsonPath balancerPath = path.Field("loadBalancer");
            loadBalancing = new LoadBalancing(reader.EnumName(balancer, "mode", balancerPath),
                reader.StringList(balancer, "routingPreferences", balancerPath));
        }
        return new MeshService(
            item.OwnStringOrEmpty("name") ?? reader.String(item, "name", path),
            item.OwnStringOrEmpty("namespace") ?? reader.String(item, "namespace", path),
            item.OwnStringOrEmpty("hostname") ?? reader.String(item, "hostname", path),
            vips,
            ports,
            loadBalancing,
            ReadWaypoint(reader, item, path));
    }

    private static int SnakeOrCamelInt(ShapeReader reader, JsonValue obj, string snake, string camel, JsonPath path)
    {
        int? value = reader.OptionalInt(obj, snake, path);
        return value ?? reader.Int(obj, camel, path);
    }
}
