using System;
using System.Collections.Generic;
using Kmesh.Tests.Mesh;

namespace Kmesh.Tests.Compiled;

/// <summary>The inputs both legs run: every fixture, the hostile corpus, seeded mutations, a cluster snapshot for
/// the rules, exec commands and failure classification.</summary>
public static class DriverCases
{
    /// <summary>Inputs where Jint's <c>JSON.parse</c> departs from ECMA-262 (which V8, SpiderMonkey and JavaScriptCore follow):
    /// with duplicate member names Jint keeps the first value, the standard the last. The model reads what the
    /// platform parsed, so this case is checked natively (HostileInputTests) and not against Jint.</summary>
    private static readonly HashSet<string> JintDeviations = new() { "duplicate keys: the last wins" };

    public static List<DriverCase> All()
    {
        var cases = new List<DriverCase>();
        foreach ((string fixture, string kind) in CanonicalGoldenTests.Cases) cases.Add(new DriverCase(fixture, kind, Fixtures.Read(fixture)));
        foreach ((string id, string kind, string input, string _) in HostileInputTests.Cases)
        {
            if (JintDeviations.Contains(id)) continue;
            cases.Add(new DriverCase("hostile: " + id, kind, input));
        }
        var random = new Random(20251203);
        string[] mutated = { "dual-engine-config-dump.json", "dual-engine-bpf-dump.json", "kernel-native-config-dump.json", "metrics.prom", "version.json" };
        string[] kinds = { "config-dump", "bpf-dump", "kernel-native", "metrics", "version" };
        for (int f = 0; f < mutated.Length; f++)
        {
            string original = Fixtures.Read(mutated[f]);
            for (int i = 0; i < 12; i++)
            {
                int at = random.Next(original.Length);
                string text = (i % 3) switch
                {
                    0 => original.Substring(0, at),
                    1 => original.Remove(at, Math.Min(1 + random.Next(40), original.Length - at)),
                    _ => original.Substring(0, at) + "{]\"\\"[random.Next(4)] + original.Substring(at),
                };
                cases.Add(new DriverCase($"mutation {mutated[f]} #{i}", kinds[f], text));
            }
        }
        cases.Add(new DriverCase("cluster snapshot", "cluster", ClusterSnapshotJson));
        foreach (string situation in new[] { "agreed", "stale", "rotating", "old", "unknown-daemons", "none", "no-spi" })
        {
            cases.Add(new DriverCase("ipsec nodes " + situation, "ipsec-nodes", situation + " 2000"));
        }
        foreach ((string name, string text) in MeshCases.All()) cases.Add(new DriverCase(name, "mesh", text));
        cases.Add(new DriverCase("exec GET", "exec", "GET /debug/config_dump/bpf/dual-engine"));
        cases.Add(new DriverCase("exec POST body", "exec", "POST /debug/loggers\n{\"name\":\"bpf\",\"level\":\"debug\"}"));
        cases.Add(new DriverCase("exec injection", "exec", "GET /version';id;'"));
        cases.Add(new DriverCase("exec bad body", "exec", "POST /debug/loggers\n{\"level\":\"%s\"}"));
        cases.Add(new DriverCase("failure proxy refused", "failure", "proxy 503\nService Unavailable - dial tcp 10.244.1.5:15200: connect: connection refused"));
        cases.Add(new DriverCase("failure proxy forbidden", "failure", "proxy 403\nForbidden - pods \"kmesh-8hv7d\" is forbidden"));
        cases.Add(new DriverCase("failure exec forbidden", "failure", "exec 403\nForbidden"));
        cases.Add(new DriverCase("failure not running", "failure", "exec 400\ncontainer kmesh is not valid for pod kmesh-8hv7d: pod is not running"));
        cases.Add(new DriverCase("failure pod gone", "failure", "proxy 404\nNot Found - pods \"kmesh-8hv7d\" not found"));
        cases.Add(new DriverCase("failure timeout", "failure", "proxy 408\nRequest Timeout"));
        cases.AddRange(Kmesh.Tests.Mesh.TrafficCases.All());
        cases.Add(new DriverCase("failure proxy relays a daemon 500", "failure", "proxy 500\nInternal Server Error - dump failed: map lookup error\nstack"));
        cases.Add(new DriverCase("failure proxy relays an html 502", "failure", "proxy 502\nBad Gateway - <html><body><h1>502</h1></body></html>"));
        cases.Add(new DriverCase("failure headlamp unreachable", "failure", "proxy 502\nUnreachable"));
        cases.Add(new DriverCase("failure exec no client", "exec-output", "\n" + Kmesh.Model.Transport.ExecCommand.NoClientMessage + "\n"));
        cases.Add(new DriverCase("failure exec truncated http", "exec-output", "HTTP/1.1 200 OK\r\nContent-Length: 400\r\n\r\n{\"gitVersion\":\n"));
        cases.Add(new DriverCase("failure exec bash refused", "exec-output", "\nbash: connect: Connection refused\nbash: line 1: /dev/tcp/127.0.0.1/15200: Connection refused\n"));
        cases.Add(new DriverCase("unreadable version truncated", "unreadable", "{\"gitVersion\": \"v1.2.0\", \"gitCommit\": \"abc"));
        cases.Add(new DriverCase("unreadable version wrong type", "unreadable", "{\"gitVersion\": 12}"));
        foreach ((string name, string text) in PodListPageTests.Cases) cases.Add(new DriverCase(name, "pod-list-page", text));
        cases.AddRange(OperationsCases.All());
        cases.AddRange(Kmesh.Tests.Sections.SectionCases.All());
        return cases;
    }

    private static string ClusterSnapshotJson => "{\"daemonPods\":["
        + Daemon("kmesh-5xq2k", "kmesh-control-plane", "--mode=dual-engine", "v1.2.0", "Running", true, 0, "")
        + "," + Daemon("kmesh-8hv7d", "kmesh-worker", "--mode dual-engine", "v1.1.0", "Running", true, 2, "")
        + "," + Daemon("kmesh-tl9wm", "kmesh-worker2", "--enable-ipsec=true", "v1.2.0", "Running", false, 9, "CrashLoopBackOff")
        + "],\"namespaces\":["
        + "{\"metadata\":{\"name\":\"default\",\"labels\":{\"istio.io/dataplane-mode\":\"Kmesh\",\"istio.io/use-waypoint\":\"waypoint\"}}},"
        + "{\"metadata\":{\"name\":\"kube-system\"}},{\"metadata\":{}}],"
        + "\"services\":[{\"metadata\":{\"name\":\"reviews\",\"namespace\":\"default\",\"labels\":{\"istio.io/use-waypoint\":\"waypoint\"}},\"spec\":{\"selector\":{\"app\":\"bookinfo\"}}},{\"metadata\":{\"name\":\"details\",\"namespace\":\"default\"}}],"
        + "\"pods\":["
        + App("productpage-v1-d5789fdfb-4l8sm", "default", "", "\"kmesh.net/redirection\":\"enabled\"", "")
        + "," + App("reviews-v2-5c757d5846-ptd9c", "default", ",\"istio.io/use-waypoint\":\"waypoint\"", "\"kmesh.net/redirection\":\"enabled\"", "")
        + "," + App("ratings-v1-7c9bd4b87f-qwz5t", "default", "", "", "")
        + "," + App("legacy", "default", ",\"istio.io/dataplane-mode\":\"none\"", "", "")
        + "," + App("with-sidecar", "default", "", "\"sidecar.istio.io/status\":\"{}\"", "")
        + "," + App("node-exporter", "default", "", "\"kmesh.net/redirection\":\"enabled\"", ",\"hostNetwork\":true")
        + "," + App("dns-probe", "kube-system", ",\"istio.io/dataplane-mode\":\"KMESH\"", "", "")
        + ",{\"metadata\":{\"name\":\"waypoint-6d9df77746-njjq5\",\"namespace\":\"default\",\"labels\":{\"gateway.istio.io/managed\":\"istio.io-mesh-controller\",\"gateway.networking.k8s.io/gateway-name\":\"waypoint\"}},\"spec\":{\"containers\":[{\"name\":\"istio-proxy\"}]}}"
        + ",{}"
        + "],\"gateways\":[" + Fixtures.Read("waypoint-gateway.json")
        + ",{\"metadata\":{\"name\":\"east-west\",\"namespace\":\"istio-system\",\"generation\":2},\"spec\":{\"gatewayClassName\":\"istio-east-west\"}}"
        + ",{\"metadata\":{\"name\":\"pending\",\"namespace\":\"default\",\"generation\":1},\"spec\":{\"gatewayClassName\":\"istio-waypoint\"},\"status\":{\"conditions\":[{\"type\":\"Accepted\",\"status\":\"True\",\"reason\":\"Accepted\"}]}}"
        + "],\"nodeInfos\":" + ItemsOf(Fixtures.Read("kmeshnodeinfo-list.json")) + "}";

    private static string ItemsOf(string list)
    {
        int start = list.IndexOf("\"items\":", StringComparison.Ordinal) + "\"items\":".Length;
        int end = list.LastIndexOf('}');
        return list.Substring(start, end - start).Trim();
    }

    private static string Daemon(string name, string node, string args, string version, string phase, bool ready, int restarts, string waiting)
    {
        string state = waiting.Length > 0 ? "{\"waiting\":{\"reason\":\"" + waiting + "\"}}" : "{\"running\":{}}";
        return "{\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"kmesh-system\",\"labels\":{\"app\":\"kmesh\"}},"
            + "\"spec\":{\"nodeName\":\"" + node + "\",\"containers\":[{\"name\":\"kmesh\",\"image\":\"ghcr.io/kmesh-net/kmesh:" + version
            + "\",\"command\":[\"/bin/sh\",\"-c\"],\"args\":[\"./start_kmesh.sh " + args + " --enable-bypass=false\"]}]},"
            + "\"status\":{\"phase\":\"" + phase + "\",\"conditions\":[{\"type\":\"Ready\",\"status\":\"" + (ready ? "True" : "False") + "\"}],"
            + "\"containerStatuses\":[{\"name\":\"kmesh\",\"ready\":" + (ready ? "true" : "false") + ",\"restartCount\":" + restarts
            + ",\"image\":\"x\",\"imageID\":\"\",\"state\":" + state + "}]}}";
    }

    private static string App(string name, string ns, string extraLabels, string annotations, string extraSpec)
        => "{\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"" + ns + "\",\"labels\":{\"app\":\"bookinfo\"" + extraLabels + "},\"annotations\":{" + annotations + "}},"
            + "\"spec\":{\"nodeName\":\"kmesh-worker\",\"containers\":[{\"name\":\"app\"}]" + extraSpec + "},\"status\":{\"phase\":\"Running\"}}";
}
