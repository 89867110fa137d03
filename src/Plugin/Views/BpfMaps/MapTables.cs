using System;
using System.Collections.Generic;
using System.Linq;
using Kmesh.Model;
using Kmesh.Model.Identity;
using Kmesh.Model.Json;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Model.Sources.KernelNative;
using S = Kmesh.Plugin.Views.BpfMaps.BpfMapsStrings;

namespace Kmesh.Plugin.Views.BpfMaps;

/// <summary>Turns a daemon dump (body text, parsed once) into the inspector's tables: decoded values from the model's
/// readers, enum names as words, each row's raw JSON value, and, given an identity index, what each row ties to.</summary>
public static class MapTables
{
    public static MapDump DualEngine(string body, IdentityIndex? identity)
    {
        Parsed<JsonDocument> document = JsonParser.Parse(body);
        if (document.Value is null) return MapDump.Failed(document.Error!.ToString());
        Parsed<BpfDump> parsed = BpfDumpReader.Read(document.Value);
        if (parsed.Value is null) return MapDump.Failed(parsed.Error!.ToString());
        JsonValue root = document.Value.Root;
        BpfDump dump = parsed.Value;

        var services = Table(S.Services,
            new[] { S.ColTotalEndpoints, S.ColEndpoints, S.ColLbPolicy, S.ColServicePorts, S.ColTargetPorts, S.ColWaypoint },
            dump.Services, RawItems(root, "services"),
            new Func<BpfService, string>[] { s => s.TotalEndpoints.ToString(), s => Join(s.EndpointCounts), s => EnumWords.Of(s.LbPolicy),
                s => Join(s.ServicePorts), s => Join(s.TargetPorts), s => Waypoint(s.WaypointAddr, s.WaypointPort) },
            identity is null ? null : s => BpfIdentity.Service(identity, s), S.NoRows);
        var backends = Table(S.Backends,
            new[] { S.ColIp, S.ColServiceCount, S.ColServices, S.ColWaypoint },
            dump.Backends, RawItems(root, "backends"),
            new Func<BpfBackend, string>[] { b => b.Ip, b => b.ServiceCount.ToString(), b => string.Join(", ", b.Services), b => Waypoint(b.WaypointAddr, b.WaypointPort) },
            identity is null ? null : b => BpfIdentity.Backend(identity, b), S.NoRows);
        var endpoints = Table(S.Endpoints, new[] { S.ColBackendUid }, dump.Endpoints, RawItems(root, "endpoints"),
            new Func<BpfEndpoint, string>[] { e => e.BackendUid }, identity is null ? null : e => BpfIdentity.Endpoint(identity, e), S.NoRows);
        var frontends = Table(S.Frontends, new[] { S.ColUpstreamId }, dump.Frontends, RawItems(root, "frontends"),
            new Func<BpfFrontend, string>[] { f => f.UpstreamId }, identity is null ? null : f => BpfIdentity.Frontend(identity, f), S.NoRows);
        var policies = Table(S.WorkloadPolicies, new[] { S.ColPolicies }, dump.WorkloadPolicies, RawItems(root, "workloadPolicies"),
            new Func<BpfWorkloadPolicy, string>[] { p => string.Join(", ", p.PolicyIds) }, identity is null ? null : p => BpfIdentity.WorkloadPolicy(identity, p), S.NoRows);
        return new MapDump(new List<MapTable> { services, backends, endpoints, frontends, policies }, null);
    }

    public static MapDump KernelNative(string body)
    {
        Parsed<JsonDocument> document = JsonParser.Parse(body);
        if (document.Value is null) return MapDump.Failed(document.Error!.ToString());
        Parsed<KernelNativeDump> parsed = KernelNativeDumpReader.Read(document.Value);
        if (parsed.Value is null) return MapDump.Failed(parsed.Error!.ToString());
        JsonValue? resources = document.Value.Root.Get("dynamicResources");
        KernelNativeDump dump = parsed.Value;

        var listeners = Table(S.Listeners, new[] { S.ColName, S.ColAddress, S.ColStatus, S.ColTargets },
            dump.Listeners, RawItems(resources, "listenerConfigs"),
            new Func<Listener, string>[] { l => l.Name, l => l.Address.ToString(), l => EnumWords.Of(l.ApiStatus),
                l => string.Join(", ", l.FilterChains.SelectMany(c => c.Filters).Select(f => f.Target).Where(t => t.Length > 0).Distinct()) },
            null, S.NoRows);
        var clusters = Table(S.Clusters, new[] { S.ColName, S.ColId, S.ColLbPolicy, S.ColConnectTimeout, S.ColEndpoints, S.ColStatus },
            dump.Clusters, RawItems(resources, "clusterConfigs"),
            new Func<Cluster, string>[] { c => c.Name, c => c.Id.ToString(), c => EnumWords.Of(c.LbPolicy), c => c.ConnectTimeout.ToString() + "s",
                c => string.Join(", ", c.Endpoints.SelectMany(e => e.Addresses).Select(a => a.ToString())), c => EnumWords.Of(c.ApiStatus) },
            null, S.NoRows);
        var routes = Table(S.Routes, new[] { S.ColName, S.ColVirtualHosts, S.ColDomains },
            dump.RouteConfigs, RawItems(resources, "routeConfigs"),
            new Func<RouteConfig, string>[] { r => r.Name, r => string.Join(", ", r.VirtualHosts.Select(v => v.Name)), r => string.Join(", ", r.VirtualHosts.SelectMany(v => v.Domains)) },
            null, S.RoutesNotInBpf);
        return new MapDump(new List<MapTable> { listeners, clusters, routes }, null);
    }

    /// <summary>The non-null items of an array field (the readers skip null items the same way), or none.</summary>
    private static List<JsonValue> RawItems(JsonValue? parent, string field)
    {
        var items = new List<JsonValue>();
        JsonValue? array = parent?.Get(field);
        if (array is null || array.Kind != JsonKind.Array) return items;
        foreach (JsonValue item in array.Items)
        {
            if (!item.IsNull) items.Add(item);
        }
        return items;
    }

    /// <summary>The table of <paramref name="entries"/>, built column by column: one array per column and no
    /// per-row objects (a large node's maps hold 65,000 entries).</summary>
    private static MapTable Table<T>(string label, string[] columns, IReadOnlyList<T> entries, List<JsonValue> raw,
        Func<T, string>[] cells, Func<T, RowIdentity>? identity, string emptyMessage)
    {
        int count = entries.Count;
        var byColumn = new string[cells.Length][];
        for (int c = 0; c < cells.Length; c++)
        {
            Func<T, string> cell = cells[c];
            var column = new string[count];
            for (int r = 0; r < count; r++) column[r] = cell(entries[r]);
            byColumn[c] = column;
        }
        var rawRows = new JsonValue?[count];
        for (int r = 0; r < count && r < raw.Count; r++) rawRows[r] = raw[r];
        RowIdentity[]? identities = null;
        if (identity is not null)
        {
            identities = new RowIdentity[count];
            for (int r = 0; r < count; r++) identities[r] = identity(entries[r]);
        }
        return new MapTable(label, columns, byColumn, rawRows, identities, emptyMessage);
    }

    private static string Join(IReadOnlyList<int> values) => string.Join(", ", values);

    private static string Waypoint(string? address, int? port)
        => address is null ? "" : port is null ? address : $"{address}:{port}";
}
