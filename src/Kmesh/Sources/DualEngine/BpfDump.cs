using System.Collections.Generic;
using Kmesh.Model.Json;
using Kmesh.Model.Text;

namespace Kmesh.Model.Sources.DualEngine;

/// <summary>Admin <c>GET /debug/config_dump/bpf/dual-engine</c>: BPF map values only. The keys are dropped by the
/// daemon, so rows of different maps cannot be joined.</summary>
public sealed record BpfDump(
    IReadOnlyList<BpfWorkloadPolicy> WorkloadPolicies,
    IReadOnlyList<BpfBackend> Backends,
    IReadOnlyList<BpfEndpoint> Endpoints,
    IReadOnlyList<BpfFrontend> Frontends,
    IReadOnlyList<BpfService> Services);

/// <summary>The policies attached to one workload; the map's empty slots are dropped.</summary>
public sealed record BpfWorkloadPolicy(IReadOnlyList<string> PolicyIds);

public sealed record BpfBackend(string Ip, int ServiceCount, IReadOnlyList<string> Services, string? WaypointAddr, int? WaypointPort);

public sealed record BpfEndpoint(string BackendUid);

public sealed record BpfFrontend(string UpstreamId);

/// <summary><see cref="EndpointCounts"/> has one entry per priority level (7 in current daemons).</summary>
public sealed record BpfService(
    IReadOnlyList<int> EndpointCounts,
    string LbPolicy,
    IReadOnlyList<int> ServicePorts,
    IReadOnlyList<int> TargetPorts,
    string? WaypointAddr,
    int? WaypointPort)
{
    public int TotalEndpoints
    {
        get
        {
            int total = 0;
            foreach (int count in EndpointCounts) total += count;
            return total;
        }
    }
}

public static class BpfDumpReader
{
    public static Parsed<BpfDump> Read(string? text) => JsonSource.Read(text, ReadRoot);

    public static Parsed<BpfDump> Read(string? text, JsonLimits limits) => JsonSource.Read(text, limits, ReadRoot);

    public static Parsed<BpfDump> Read(JsonDocument document) => DocumentRead.With(document, ReadRoot);

    private static BpfDump ReadRoot(ShapeReader reader, JsonValue root)
    {
        JsonPath path = JsonPath.Root;
        reader.RequireObject(root, path);
        // Endpoint counts and port lists repeat across thousands of services: each distinct text is parsed once.
        var intLists = new Dictionary<string, List<int>>();
        var lastCounts = new LastIntList();
        var lastServicePorts = new LastIntList();
        var lastTargetPorts = new LastIntList();

        // Each hot field is looked up at its own call site (JsonValue.Own*, Lacks); the shared reader only sees what that
        // misses: null, another case or a wrong type.
        IReadOnlyList<BpfWorkloadPolicy> policies = reader.Objects(root, "workloadPolicies", path, (item, itemPath) =>
        {
            IReadOnlyList<string> all = ShapeReader.Strings(item.OwnArray("policyIds")) ?? reader.StringList(item, "policyIds", itemPath);
            int count = all.Count;
            int kept = 0;
            for (int i = 0; i < count; i++)
            {
                if (all[i].Length > 0) kept++;
            }
            if (kept == count) return new BpfWorkloadPolicy(all);
            // Most slots are empty: an array of the exact size, where a growing list would reserve 17 for one id.
            var ids = new string[kept];
            for (int i = 0, k = 0; i < count; i++)
            {
                if (all[i].Length > 0) ids[k++] = all[i];
            }
            return new BpfWorkloadPolicy(ids);
        });
        IReadOnlyList<BpfBackend> backends = reader.Objects(root, "backends", path, (item, itemPath) => new BpfBackend(
            item.OwnStringOrEmpty("ip") ?? reader.String(item, "ip", itemPath),
            item.OwnInt32("serviceCount") ?? reader.Int(item, "serviceCount", itemPath),
            ShapeReader.Strings(item.OwnArray("services")) ?? reader.StringList(item, "services", itemPath),
            NonEmpty(item.OwnStringOrEmpty("waypointAddr") ?? reader.String(item, "waypointAddr", itemPath)),
            item.OwnInt32("waypointPort") ?? (item.Lacks("waypointPort") ? null : reader.OptionalInt(item, "waypointPort", itemPath))));
        IReadOnlyList<BpfEndpoint> endpoints = reader.Objects(root, "endpoints", path,
            (item, itemPath) => new BpfEndpoint(item.OwnStringOrEmpty("backendUid") ?? reader.String(item, "backendUid", itemPath)));
        IReadOnlyList<BpfFrontend> frontends = reader.Objects(root, "frontends", path,
            (item, itemPath) => new BpfFrontend(item.OwnStringOrEmpty("upstreamId") ?? reader.String(item, "upstreamId", itemPath)));
        IReadOnlyList<BpfService> services = reader.Objects(root, "services", path, (item, itemPath) => new BpfService(
            IntList(reader, intLists, lastCounts, item, item.OwnString("endpointCount"), "endpointCount", itemPath),
            item.OwnStringOrEmpty("lbPolicy") ?? reader.EnumName(item, "lbPolicy", itemPath),
            IntList(reader, intLists, lastServicePorts, item, item.OwnString("servicePort"), "servicePort", itemPath),
            IntList(reader, intLists, lastTargetPorts, item, item.OwnString("targetPort"), "targetPort", itemPath),
            NonEmpty(item.OwnStringOrEmpty("waypointAddr") ?? reader.String(item, "waypointAddr", itemPath)),
            item.OwnInt32("waypointPort") ?? (item.Lacks("waypointPort") ? null : reader.OptionalInt(item, "waypointPort", itemPath))));
        return new BpfDump(policies, backends, endpoints, frontends, services);
    }

    private static string? NonEmpty(string? text) => text is null || text.Length == 0 ? null : text;

    /// <summary>One int-list member's last text and its list: neighbouring services mostly repeat their ports, and comparing
    /// with the previous text is cheaper than hashing every text for the shared dictionary.</summary>
    private sealed class LastIntList
    {
        public string Text = "";
        public List<int>? List;
    }

    /// <summary>A comma-joined string of integers (<c>"53, 53, 9153"</c>), or tolerated as a JSON array of integers. Lists
    /// read from equal texts are one shared (read-only) list.</summary>
    /// <param name="own">The member's string when it has one (<see cref="JsonValue.OwnString"/>), the common case.</param>
    private static List<int> IntList(ShapeReader reader, Dictionary<string, List<int>> known, LastIntList last, JsonValue obj, string? own, string name, JsonPath path)
    {
        JsonValue? value = null;
        string text;
        if (own is not null) text = own;
        else
        {
            if (obj.Lacks(name)) return new List<int>();
            value = ShapeReader.Member(obj, name);
            if (value is null) return new List<int>();
            if (value.Kind == JsonKind.Array)
            {
                var numbers = new List<int>();
                for (int i = 0; i < value.Items.Count; i++) numbers.Add(reader.IntValue(value.Items[i], path.Field(name).Item(i)));
                return numbers;
            }
            if (value.Kind == JsonKind.Number) return new List<int> { reader.IntValue(value, path.Field(name)) };
            // The member's path is built only for an error: a dump has tens of thousands of these lists.
            text = value.Kind == JsonKind.String ? value.String : reader.StringItem(value, path.Field(name));
        }
        if (last.List is not null && text == last.Text) return last.List;
        if (!known.TryGetValue(text, out List<int>? list))
        {
            list = Addresses.ParseCommaJoined(text);
            if (list is null)
            {
                throw reader.Error(value ?? obj, path.Field(name), ParseErrorKind.InvalidValue, Say.T("expected comma-separated integers but found \"{{text}}\"", "text", text));
            }
            known[text] = list;
        }
        last.Text = text;
        last.List = list;
        return list;
    }
}
