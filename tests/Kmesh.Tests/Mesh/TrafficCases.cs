using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Kmesh.Tests.Compiled;

namespace Kmesh.Tests.Mesh;

/// <summary>Inputs for the traffic, comparison and identity models, built from the fixtures: metrics pages grown
/// over time (and one after a daemon restart), a BPF read-back that differs from its config each way, and the
/// dual-engine dumps with and without the waypoint Gateway.</summary>
public static class TrafficCases
{
    public static readonly string Sep = "\n" + MeshDriver.Separator + "\n";

    public static List<DriverCase> All()
    {
        string metrics = Fixtures.Read("metrics.prom");
        return new List<DriverCase>
        {
            new("traffic fixture", "traffic", metrics),
            new("traffic without workload metrics", "traffic", WithoutFamilies(metrics, "kmesh_tcp_workload_", "kmesh_tcp_retrans", "kmesh_tcp_packet_loss", "kmesh_tcp_connection_")),
            new("traffic with monitoring off", "traffic", WithoutFamilies(metrics, "kmesh_")),
            new("traffic malformed", "traffic", metrics.Substring(0, metrics.IndexOf("kmesh_tcp_sent_bytes_total{", StringComparison.Ordinal) + 30)),
            new("traffic empty", "traffic", ""),
            new("traffic rates", "traffic-rates", "10" + Sep + metrics + Sep + Grow(metrics, 1.25) + Sep + Grow(metrics, 1.5)),
            new("traffic rates across a restart", "traffic-rates", "5" + Sep + Grow(metrics, 2) + Sep + metrics),
            new("traffic rates after workload metrics were switched on", "traffic-rates",
                "15" + Sep + WithoutFamilies(metrics, "kmesh_tcp_workload_", "kmesh_tcp_retrans", "kmesh_tcp_packet_loss") + Sep + Grow(metrics, 1.1)),
            new("compare fixture with itself", "compare", KernelNative() + Sep + KernelNative()),
            new("compare drifted read-back", "compare", KernelNative() + Sep + DriftedReadBack()),
            new("compare read-back without routes", "compare", KernelNative() + Sep + WithoutRoutes(KernelNative())),
            new("identity with gateway", "identity", "default/waypoint=10.96.143.232" + Sep + Fixtures.Read("dual-engine-config-dump.json") + Sep + Fixtures.Read("dual-engine-bpf-dump.json")),
            new("identity without gateways", "identity", "" + Sep + Fixtures.Read("dual-engine-config-dump.json") + Sep + Fixtures.Read("dual-engine-bpf-dump.json")),
            new("metrics failure: refused", "metrics-failure", "503 Service Unavailable - error trying to reach service: dial tcp 10.244.1.5:15020: connect: connection refused"
                + Sep + "curl: (7) Failed to connect to 127.0.0.1 port 15020 after 0 ms: Couldn't connect to server"),
            new("metrics failure: both forbidden", "metrics-failure", "403 Forbidden - pods \"kmesh-8hv7d\" is forbidden" + Sep + "forbidden"),
            new("metrics failure: no such path", "metrics-failure", "404 Not Found - 404 page not found"),
            new("metrics failure: exec answers 404", "metrics-failure", "403 Forbidden" + Sep + "" + Sep + "404"),
            new("metrics failure: timeout", "metrics-failure", "408 Request Timeout"),
            new("metrics failure: gone", "metrics-failure", "404 Not Found - pods \"kmesh-8hv7d\" not found"),
            new("identity on a generated node's dumps", "identity", "ns-0/waypoint=10.96.143.232" + Sep + Generated.ConfigDump(300) + Sep + Generated.BpfDump(400)),
            new("identity against an empty config dump", "identity", "" + Sep + "{\"workloads\":[],\"services\":[],\"policies\":[]}" + Sep + Fixtures.Read("dual-engine-bpf-dump.json")),
        };
    }

    public static string KernelNative() => Fixtures.Read("kernel-native-config-dump.json");

    /// <summary>Drops the families whose names start with any prefix (HELP, TYPE and samples).</summary>
    public static string WithoutFamilies(string page, params string[] prefixes)
    {
        var sb = new StringBuilder();
        foreach (string line in page.Split('\n'))
        {
            string name = line.StartsWith("# ", StringComparison.Ordinal) ? line.Split(' ').ElementAtOrDefault(2) ?? "" : line;
            if (prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))) continue;
            sb.Append(line).Append('\n');
        }
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Every sample value times <paramref name="factor"/>, rounded, in Go's %g style as the daemon writes it.</summary>
    public static string Grow(string page, double factor)
    {
        var sb = new StringBuilder();
        foreach (string line in page.Split('\n'))
        {
            int space = line.LastIndexOf(' ');
            if (line.Length == 0 || line[0] == '#' || space < 0)
            {
                sb.Append(line).Append('\n');
                continue;
            }
            double value = double.Parse(line.Substring(space + 1), CultureInfo.InvariantCulture);
            double grown = Math.Round(value * factor);
            string text = Math.Abs(grown) >= 1e6 ? grown.ToString("0.######e+00", CultureInfo.InvariantCulture) : grown.ToString("0", CultureInfo.InvariantCulture);
            sb.Append(line, 0, space + 1).Append(text).Append('\n');
        }
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The config's BPF twin gone wrong: the first listener never programmed, a cluster left behind, one
    /// cluster's endpoints changed, and no routes (as Kmesh reads back today).</summary>
    public static string DriftedReadBack()
    {
        JsonObject root = JsonNode.Parse(KernelNative())!.AsObject();
        JsonObject resources = root["dynamicResources"]!.AsObject();
        JsonArray listeners = resources["listenerConfigs"]!.AsArray();
        listeners.RemoveAt(0);
        JsonArray clusters = resources["clusterConfigs"]!.AsArray();
        JsonObject stale = clusters[clusters.Count - 1]!.DeepClone().AsObject();
        stale["name"] = "outbound|9080||legacy.default.svc.cluster.local";
        stale["apiStatus"] = "DELETE";
        clusters.Add(stale);
        JsonObject changed = clusters.Select(c => c!.AsObject()).First(c => c["loadAssignment"]?["endpoints"] is not null);
        JsonObject firstAddress = changed["loadAssignment"]!["endpoints"]![0]!["lbEndpoints"]![0]!["address"]!.AsObject();
        firstAddress["ipv4"] = 168430090; // 10.10.10.10
        resources.Remove("routeConfigs");
        resources.Remove("versionInfo");
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    public static string WithoutRoutes(string dump)
    {
        JsonObject root = JsonNode.Parse(dump)!.AsObject();
        root["dynamicResources"]!.AsObject().Remove("routeConfigs");
        return root.ToJsonString();
    }
}
