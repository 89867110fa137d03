using System.Collections.Generic;
using CSharpToJs.Interop;
using k8s.Models;

namespace Kmesh.Tests.Rules;

/// <summary>Realistic Kubernetes objects of the fixture cluster (kind: kmesh-control-plane, kmesh-worker,
/// kmesh-worker2; Bookinfo in default), read from JSON the way the API server returns them.</summary>
public static class Cluster
{
    /// <summary>The moment the rules are judged at in these tests (the fixtures' cluster was created that morning).</summary>
    public static readonly System.DateTime Now = new System.DateTime(2025, 12, 10, 9, 0, 0, System.DateTimeKind.Utc);

    public static V1Pod Pod(string json) => JsonShapes.Parse<V1Pod>(json);
    public static V1Namespace Namespace(string json) => JsonShapes.Parse<V1Namespace>(json);
    public static V1Service Service(string json) => JsonShapes.Parse<V1Service>(json);
    public static V1Node Node(string json) => JsonShapes.Parse<V1Node>(json);

    public static V1Namespace DefaultNamespace => Namespace("""
        {"apiVersion":"v1","kind":"Namespace","metadata":{"name":"default","labels":{"istio.io/dataplane-mode":"Kmesh","istio.io/use-waypoint":"waypoint","kubernetes.io/metadata.name":"default"}},"status":{"phase":"Active"}}
        """);

    public static V1Namespace KubeSystem => Namespace("""
        {"apiVersion":"v1","kind":"Namespace","metadata":{"name":"kube-system","labels":{"kubernetes.io/metadata.name":"kube-system"}}}
        """);

    public static V1Namespace KmeshSystem => Namespace("""
        {"apiVersion":"v1","kind":"Namespace","metadata":{"name":"kmesh-system","labels":{"kubernetes.io/metadata.name":"kmesh-system"}}}
        """);

    /// <summary>A Bookinfo pod; <paramref name="extraLabels"/> and <paramref name="annotations"/> are JSON members.</summary>
    public static V1Pod AppPod(string name, string ns = "default", string extraLabels = "", string annotations = "\"kmesh.net/redirection\":\"enabled\"",
        string extraSpec = "", string containers = "{\"name\":\"app\",\"image\":\"docker.io/istio/examples-bookinfo-reviews-v2:1.20.2\"}")
    {
        string labels = "\"app\":\"reviews\",\"version\":\"v2\"" + (extraLabels.Length > 0 ? "," + extraLabels : "");
        return Pod($$$"""
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}","labels":{{{{labels}}}},"annotations":{{{{annotations}}}}},
             "spec":{"nodeName":"kmesh-worker","containers":[{{{containers}}}]{{{extraSpec}}}},
             "status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"}]}}
            """);
    }

    /// <summary>A kmesh DaemonSet pod as the Helm chart deploys it: args are one shell string.</summary>
    public static V1Pod DaemonPod(string name, string node, string args = "./start_kmesh.sh --mode=dual-engine --enable-bypass=false --enable-ipsec=true",
        string image = "ghcr.io/kmesh-net/kmesh:v1.2.0", string phase = "Running", bool ready = true, int restarts = 0, string waiting = "",
        string lastFinished = "")
    {
        string lastState = lastFinished.Length > 0
            ? $$$""","lastState":{"terminated":{"exitCode":1,"reason":"Error","startedAt":"2025-12-03T09:00:00Z","finishedAt":"{{{lastFinished}}}"}}"""
            : "";
        string state = waiting.Length > 0
            ? $$$"""{"waiting":{"reason":"{{{waiting}}}","message":"back-off 5m0s restarting failed container=kmesh pod={{{name}}}"}}"""
            : """{"running":{"startedAt":"2025-12-03T09:13:58Z"}}""";
        return Pod($$$"""
            {"apiVersion":"v1","kind":"Pod",
             "metadata":{"name":"{{{name}}}","namespace":"kmesh-system","labels":{"app":"kmesh","controller-revision-hash":"6f9c7d8b5","pod-template-generation":"1"},
                         "annotations":{"prometheus.io/path":"status/metric","prometheus.io/port":"15020","prometheus.io/scrape":"true"}},
             "spec":{"nodeName":"{{{node}}}","serviceAccountName":"kmesh",
                     "containers":[{"name":"kmesh","image":"{{{image}}}","command":["/bin/sh","-c"],"args":["{{{args}}}"]}]},
             "status":{"phase":"{{{phase}}}","conditions":[{"type":"Ready","status":"{{{(ready ? "True" : "False")}}}"}],
                       "containerStatuses":[{"name":"kmesh","ready":{{{(ready ? "true" : "false")}}},"restartCount":{{{restarts}}},"image":"{{{image}}}","imageID":"","state":{{{state}}}{{{lastState}}}}]}}
            """);
    }

    public static V1Pod WaypointPod => Pod("""
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"waypoint-6d9df77746-njjq5","namespace":"default",
          "labels":{"gateway.istio.io/managed":"istio.io-mesh-controller","gateway.networking.k8s.io/gateway-name":"waypoint","istio.io/dataplane-mode":"none"},
          "annotations":{}},
         "spec":{"nodeName":"kmesh-worker2","containers":[{"name":"istio-proxy","image":"ghcr.io/kmesh-net/waypoint:v1.2.0"}]},
         "status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"}]}}
        """);

    public static V1Service ServiceNamed(string name, string labels = "") => Service($$$"""
        {"apiVersion":"v1","kind":"Service","metadata":{"name":"{{{name}}}","namespace":"default","labels":{{{{labels}}}}},
         "spec":{"clusterIP":"10.96.88.31","ports":[{"name":"http","port":9080,"targetPort":9080}]}}
        """);

    public static V1Node NodeNamed(string name, string ready = "True") => Node($$$"""
        {"apiVersion":"v1","kind":"Node","metadata":{"name":"{{{name}}}"},
         "status":{"conditions":[{"type":"Ready","status":"{{{ready}}}","reason":"{{{(ready == "True" ? "KubeletReady" : "NodeStatusUnknown")}}}"}]}}
        """);

    public static List<V1Pod> ThreeDaemons => new List<V1Pod>
    {
        DaemonPod("kmesh-5xq2k", "kmesh-control-plane"),
        DaemonPod("kmesh-8hv7d", "kmesh-worker"),
        DaemonPod("kmesh-tl9wm", "kmesh-worker2"),
    };
}
