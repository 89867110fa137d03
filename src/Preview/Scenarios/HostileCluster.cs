using System;
using System.Collections.Generic;
using System.Linq;
using Kmesh.Preview.Admin;
using static Kmesh.Preview.Scenarios.ClusterParts;

namespace Kmesh.Preview.Scenarios;

/// <summary>
/// The healthy cluster with hostile data wherever Kubernetes lets it in, and daemons whose admin answers are spoiled:
/// names as long as Kubernetes allows (a 253-character node and waypoint, a 63-character namespace), markup and
/// script in annotations and event messages, and per node one broken admin server (<see cref="AdminFault"/>).
/// Names themselves cannot carry markup: Kubernetes only accepts DNS names.
/// </summary>
public static class HostileCluster
{
    public const string HostileStringsNode = "kmesh-worker";
    public const string TruncatedNode = "kmesh-worker2";
    public const string HtmlErrorNode = "kmesh-worker-html-500";
    public const string WrongModeNode = "kmesh-worker-wrong-mode";
    public const string WrongTypesNode = "kmesh-worker-wrong-types";

    /// <summary>A node name of 253 characters, the most a DNS subdomain may have (labels of at most 63).</summary>
    public static string LongNode { get; } = LongDnsName("kmesh-worker-long", 253);

    /// <summary>A namespace name of 63 characters, the most a DNS label may have.</summary>
    public static string LongNamespace { get; } = "team-" + new string('n', 54) + "-end";

    public static string LongWaypoint { get; } = LongDnsName("waypoint-long", 253);

    public const string PayloadPodPrefix = "payload-";

    public static IReadOnlyDictionary<string, AdminFault> Faults { get; } = new Dictionary<string, AdminFault>
    {
        [HostileStringsNode] = AdminFault.HostileStrings,
        [TruncatedNode] = AdminFault.TruncatedJson,
        [HtmlErrorNode] = AdminFault.HtmlServerError,
        [WrongModeNode] = AdminFault.InvalidClientMode,
        [WrongTypesNode] = AdminFault.WrongTypes,
    };

    public static ClusterModel Build(int seed, DateTime now)
    {
        var healthy = BookinfoCluster.Build(new BookinfoClusterOptions(KmeshMode.DualEngine, true, true, true, false, true), seed, now);
        var names = new SeededNames(seed + 1);
        var created = healthy.Daemons.Min(d => d.Started);
        var extraNodes = new[] { HtmlErrorNode, WrongModeNode, WrongTypesNode, LongNode }
            .Select((name, i) => new NodeInfo(name, $"172.18.0.{5 + i}", $"10.244.{3 + i}.0/24", false, names.Uid(), names.Uid(), $"zone-{i % 3}",
                healthy.Nodes[^1].Created + TimeSpan.FromSeconds(i + 1)))
            .ToList();
        var extraDaemons = extraNodes.Select(node =>
        {
            // Never restarted: the container started with the pod.
            var started = created + names.Seconds(1, 30);
            return new DaemonInfo(names.Unique("kmesh-"), node.Name, PodIp(node.PodCidr, 2), names.Uid(), CurrentKmeshTag, DaemonHealth.Running, 0, started, started);
        }).ToList();
        var lastRv = healthy.IpsecInfos.Max(i => i.ResourceVersion);
        var extraIpsec = extraNodes.Select((node, i) => new NodeIpsecInfo(node.Name, 1, 1, names.Uid(), created + names.Seconds(2, 40), lastRv + 97 * (i + 1)));

        var nodes = healthy.Nodes.Concat(extraNodes).ToList();
        var daemons = healthy.Daemons.Concat(extraDaemons).ToList();
        var namespace_ = Namespace(names, LongNamespace, created + TimeSpan.FromMinutes(6), ("istio.io/dataplane-mode", "Kmesh"));
        var payloadPods = PayloadPods(names, nodes, now).ToList();
        var pods = healthy.Pods.Concat(payloadPods).ToList();
        var waypoints = healthy.Waypoints.Append(new WaypointInfo(LongNamespace, LongWaypoint, "10.96.143.240", "service", true, names.Uid(),
            created + TimeSpan.FromMinutes(7))).ToList();
        var hostNode = daemons.Single(d => d.NodeName == HostileStringsNode);
        return new ClusterModel
        {
            Mode = healthy.Mode,
            KmeshInstalled = true,
            GatewayApiInstalled = true,
            IpsecEnabled = true,
            ImageHasCurl = true,
            Now = now,
            Nodes = nodes,
            Daemons = daemons,
            IpsecInfos = healthy.IpsecInfos.Concat(extraIpsec).ToList(),
            Namespaces = healthy.Namespaces.Append(namespace_).OrderBy(n => n.Name, StringComparer.Ordinal).ToList(),
            Pods = pods,
            Services = healthy.Services,
            Policies = healthy.Policies,
            Waypoints = waypoints,
            Events = healthy.Events.Concat(PayloadEvents(names, now, hostNode)).ToList(),
            Seed = seed,
            AdminFaults = Faults,
        };
    }

    /// <summary>One enrolled pod per payload in the long namespace, the payload in its annotations (any text is allowed there).</summary>
    private static IEnumerable<WorkloadPod> PayloadPods(SeededNames names, List<NodeInfo> nodes, DateTime now)
    {
        var worker = nodes.Single(n => n.Name == HostileStringsNode);
        for (var i = 0; i < HostilePayloads.All.Count; i++)
        {
            var payload = HostilePayloads.All[i];
            yield return new WorkloadPod(LongNamespace, $"{PayloadPodPrefix}{i}", $"payload-{i}", "POD", "payload", "v1", "default", worker.Name,
                PodIp(worker.PodCidr, 100 + i), "registry.example.com/payload:1.0", 8080,
                Labels(("app", "payload"), ("payload-index", i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                Labels(("kmesh.net/redirection", "enabled"), ("description", payload), ("example.com/link", HostilePayloads.JavascriptUrl)),
                true, false, names.Uid(), now - TimeSpan.FromMinutes(20));
        }
    }

    /// <summary>Recent events in kmesh-system (so the Overview shows them first) whose message, reason or object name is a payload.</summary>
    private static IEnumerable<EventInfo> PayloadEvents(SeededNames names, DateTime now, DaemonInfo daemon)
    {
        for (var i = 0; i < HostilePayloads.All.Count; i++)
        {
            var seen = now - TimeSpan.FromSeconds(10 + i);
            yield return new EventInfo(KmeshNamespace, $"{daemon.PodName}.{names.Hex(16)}", "Pod", "v1", daemon.PodName, KmeshNamespace, daemon.Uid,
                "spec.containers{kmesh}", "Warning", "Unhealthy", HostilePayloads.All[i], "kubelet", daemon.NodeName, 1, seen, seen);
        }
        var last = now - TimeSpan.FromSeconds(30);
        yield return new EventInfo(KmeshNamespace, $"payload.{names.Hex(16)}", "Pod", "v1", HostilePayloads.ImageOnError, KmeshNamespace, daemon.Uid,
            null, "Warning", HostilePayloads.Script, "Event about an object named with markup", "kubelet", daemon.NodeName, 1, last, last);
    }

    private static string LongDnsName(string prefix, int length)
    {
        var name = prefix;
        while (name.Length < length)
        {
            var label = Math.Min(63, length - name.Length - 1);
            name += "." + new string('x', label - 1) + "y";
        }
        return name;
    }
}
