using System.Collections.Generic;
using Kmesh.Tests.Compiled;

namespace Kmesh.Tests.Sections;

/// <summary>What Headlamp's Pod and Namespace pages show the sections' model: the object and its few sources, each
/// read, missing or unreadable. Both legs run them (see <see cref="SectionsDriver"/>).</summary>
public static class SectionCases
{
    public static List<DriverCase> All() => new List<DriverCase>
    {
        Pod("pod enrolled by its namespace and managed", App("productpage-v1-d5789fdfb-4l8sm", Redirected), Enrolled, Daemon(ready: true)),
        Pod("pod enrolled, not managed, its daemon crash-looping", App("ratings-v1-7c9bd4b87f-qwz5t", ""), Enrolled, Daemon(ready: false, waiting: "CrashLoopBackOff", restarts: 14)),
        Pod("pod enrolled, not managed, its daemon ready", App("ratings-v1-7c9bd4b87f-qwz5t", ""), Enrolled, Daemon(ready: true)),
        Pod("pod enrolled, not managed, no daemon on its node", App("ratings-v1-7c9bd4b87f-qwz5t", ""), Enrolled, "\"daemonState\":\"none\""),
        Pod("pod enrolled, not managed, daemon list forbidden", App("ratings-v1-7c9bd4b87f-qwz5t", ""), Enrolled, "\"daemonState\":\"forbidden\""),
        Pod("pod enrolled, not managed, still pending", App("ratings-v1-7c9bd4b87f-qwz5t", "", phase: "Pending"), Enrolled, Daemon(ready: true)),
        Pod("pod managed while its daemon crash-loops", App("reviews-v2-5c757d5846-ptd9c", Redirected), Enrolled, Daemon(ready: false, waiting: "CrashLoopBackOff", restarts: 14)),
        Pod("pod opted out, namespace forbidden", App("legacy", "", labels: ",\"istio.io/dataplane-mode\":\"none\""), "\"namespaceState\":\"forbidden\"", Daemon(ready: true)),
        Pod("pod without label, namespace forbidden", App("details-v1-65cfcf56f9-9bxzg", Redirected), "\"namespaceState\":\"forbidden\"", Daemon(ready: true)),
        Pod("pod without label, namespace still loading", App("details-v1-65cfcf56f9-9bxzg", ""), "\"namespaceState\":\"loading\"", "\"daemonState\":\"loading\""),
        Pod("pod on the host network yet annotated", App("node-exporter", Redirected, spec: ",\"hostNetwork\":true"), Enrolled, Daemon(ready: true)),
        Pod("pod with an Istio sidecar", App("with-sidecar", "\"sidecar.istio.io/status\":\"{}\""), Enrolled, Daemon(ready: true)),
        Pod("waypoint pod", App("waypoint-6d9df77746-njjq5", "", labels: ",\"gateway.istio.io/managed\":\"istio.io-mesh-controller\""), Enrolled, Daemon(ready: true)),
        Pod("pod label KMESH in an unlabelled namespace, own waypoint", App("dns-probe", "", ns: "kube-system", labels: ",\"istio.io/dataplane-mode\":\"KMESH\",\"istio.io/use-waypoint\":\"probe-wp\""),
            "\"namespace\":{\"metadata\":{\"name\":\"kube-system\"}}", "\"daemonState\":\"failed\""),
        Pod("pod in an unlabelled namespace, annotated anyway", App("leftover", Redirected, ns: "kube-system"), "\"namespace\":{\"metadata\":{\"name\":\"kube-system\"}}", Daemon(ready: true)),
        Namespace("namespace enrolled with mismatches and a programmed waypoint", Enrolled,
            "\"pods\":[" + string.Join(",", App("productpage-v1-d5789fdfb-4l8sm", Redirected), App("ratings-v1-7c9bd4b87f-qwz5t", "", node: "kmesh-worker2"),
                App("reviews-v3-84779c7bbc-bp9xj", "", phase: "Pending"), App("node-exporter", Redirected, spec: ",\"hostNetwork\":true"),
                App("legacy", "", labels: ",\"istio.io/dataplane-mode\":\"none\"")) + "]",
            "\"daemons\":[" + Daemon(ready: true).Substring("\"daemon\":".Length) + "," + Daemon(ready: false, waiting: "CrashLoopBackOff", restarts: 14, node: "kmesh-worker2", name: "kmesh-tl9wm").Substring("\"daemon\":".Length) + "]",
            "\"waypoint\":\"waypoint\",\"gateway\":" + Fixtures.Read("waypoint-gateway.json")),
        Namespace("namespace unlabelled, daemons unreadable, waypoint missing", "\"namespace\":{\"metadata\":{\"name\":\"kube-system\",\"labels\":{\"istio.io/use-waypoint\":\"gone\"}}}",
            "\"pods\":[" + App("dns-probe", "", ns: "kube-system", labels: ",\"istio.io/dataplane-mode\":\"kmesh\"") + "]", "\"waypoint\":\"gone\""),
        Namespace("namespace labelled ambient, no pods, gateway of another class", "\"namespace\":{\"metadata\":{\"name\":\"istio-apps\",\"labels\":{\"istio.io/dataplane-mode\":\"ambient\"}}}",
            "\"pods\":[]", "\"waypoint\":\"east-west\",\"gateway\":{\"metadata\":{\"name\":\"east-west\",\"namespace\":\"istio-apps\"},\"spec\":{\"gatewayClassName\":\"istio-east-west\"}}"),
    };

    public const string Redirected = "\"kmesh.net/redirection\":\"enabled\"";

    public const string Enrolled = "\"namespace\":{\"metadata\":{\"name\":\"default\",\"labels\":{\"istio.io/dataplane-mode\":\"Kmesh\",\"istio.io/use-waypoint\":\"waypoint\"}}}";

    private static DriverCase Pod(string name, string pod, params string[] members) =>
        new DriverCase("section pod: " + name, "section-pod", "{\"pod\":" + pod + "," + string.Join(",", members) + "}");

    private static DriverCase Namespace(string name, params string[] members) =>
        new DriverCase("section namespace: " + name, "section-namespace", "{" + string.Join(",", members) + "}");

    public static string App(string name, string annotations, string ns = "default", string labels = "", string spec = "", string phase = "Running", string node = "kmesh-worker") =>
        "{\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"" + ns + "\",\"labels\":{\"app\":\"bookinfo\"" + labels + "},\"annotations\":{" + annotations + "}},"
        + "\"spec\":{\"nodeName\":\"" + node + "\",\"containers\":[{\"name\":\"app\"}]" + spec + "},\"status\":{\"phase\":\"" + phase + "\"}}";

    /// <summary>A <c>"daemon":{…}</c> member: the kmesh pod on the node.</summary>
    public static string Daemon(bool ready, string waiting = "", int restarts = 0, string node = "kmesh-worker", string name = "kmesh-8hv7d")
    {
        string state = waiting.Length > 0 ? "{\"waiting\":{\"reason\":\"" + waiting + "\",\"message\":\"back-off 5m0s restarting failed container=kmesh\"}}" : "{\"running\":{}}";
        return "\"daemon\":{\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"kmesh-system\",\"labels\":{\"app\":\"kmesh\"}},"
            + "\"spec\":{\"nodeName\":\"" + node + "\",\"containers\":[{\"name\":\"kmesh\",\"image\":\"ghcr.io/kmesh-net/kmesh:v1.2.0\",\"args\":[\"./start_kmesh.sh --mode=dual-engine\"]}]},"
            + "\"status\":{\"phase\":\"Running\",\"conditions\":[{\"type\":\"Ready\",\"status\":\"" + (ready ? "True" : "False") + "\"}],"
            + "\"containerStatuses\":[{\"name\":\"kmesh\",\"ready\":" + (ready ? "true" : "false") + ",\"restartCount\":" + restarts + ",\"image\":\"x\",\"imageID\":\"\",\"state\":" + state + "}]}}";
    }
}
