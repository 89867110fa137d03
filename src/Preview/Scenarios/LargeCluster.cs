using System;
using System.Collections.Generic;
using System.Linq;
using static Kmesh.Preview.Scenarios.ClusterParts;

namespace Kmesh.Preview.Scenarios;

/// <summary>
/// A big dual-engine cluster: 5,000 nodes, 25,000 pods (5,000 Kmesh daemons + 20,000 workloads, so the dual-engine
/// config dump lists 20,000 workloads) and a BPF dump of exactly 65,000 entries (3 per workload + 2 per service + one
/// per workload with a policy).
/// </summary>
public static class LargeCluster
{
    public const int NodeCount = 5000;
    public const int WorkloadCount = 20000;
    public const int ServiceCount = 2400;
    public const int PolicyWorkloadCount = 200;
    private const int TeamNamespaces = 40;
    private const int CrashingDaemons = 3;
    private const int OlderVersionEvery = 97;

    public static ClusterModel Build(int seed, DateTime now)
    {
        var names = new SeededNames(seed);
        var clusterCreated = now - TimeSpan.FromDays(41);
        var nodes = new List<NodeInfo>(NodeCount);
        for (var i = 0; i < NodeCount; i++)
        {
            var name = i < 3 ? $"large-control-plane-{i + 1}" : $"large-worker-{i - 2:D4}";
            nodes.Add(new NodeInfo(name, $"172.20.{i / 250}.{i % 250 + 2}", $"10.{64 + i / 256}.{i % 256}.0/24", i < 3,
                names.Uid(), names.Uid(), $"zone-{i % 3}", clusterCreated + TimeSpan.FromMinutes(i / 50)));
        }
        var nextIp = new int[NodeCount];
        string Allocate(int node) => PodIp(nodes[node].PodCidr, 2 + nextIp[node]++);

        var kmeshCreated = clusterCreated + TimeSpan.FromDays(1);
        var daemons = new List<DaemonInfo>(NodeCount);
        var crashing = new HashSet<int>();
        while (crashing.Count < CrashingDaemons)
        {
            crashing.Add(names.Next(3, NodeCount));
        }
        // Restart moments come from their own stream, so every generated name stays what it was.
        var restartMoments = new SeededNames(seed + 1);
        for (var i = 0; i < NodeCount; i++)
        {
            var crash = crashing.Contains(i);
            var tag = i % OlderVersionEvery == 5 ? "v1.1.0" : CurrentKmeshTag;
            var podName = names.Unique("kmesh-");
            var ip = Allocate(i);
            var uid = names.Uid();
            var restarts = crash ? 12 + names.Next(40) : names.Next(3) == 0 ? 1 : 0;
            var started = kmeshCreated + TimeSpan.FromDays(3) + names.Seconds(0, 86400);
            // A crash-looping container last started 3 minutes ago; a running daemon's one restart (a node reboot, an
            // OOM kill) happened some time in its weeks of life, at least a day ago: old restarts, not current trouble.
            var containerStarted = crash ? now - TimeSpan.FromMinutes(3)
                : restarts == 0 ? started
                : started + restartMoments.Seconds(3600, (int)(now - TimeSpan.FromDays(1) - started).TotalSeconds);
            daemons.Add(new DaemonInfo(podName, nodes[i].Name, ip, uid, tag,
                crash ? DaemonHealth.CrashLoopBackOff : DaemonHealth.Running, restarts, started, containerStarted));
        }
        var ipsec = nodes.Select((node, i) => new NodeIpsecInfo(node.Name, i % 1000 == 17 ? 4 : 3, 3, names.Uid(),
            kmeshCreated + names.Seconds(0, 600), 900000 + i)).ToList();

        var namespaces = new List<NamespaceInfo>
        {
            Namespace(names, "default", clusterCreated),
            Namespace(names, "istio-system", kmeshCreated),
            Namespace(names, KmeshNamespace, kmeshCreated),
            Namespace(names, "kube-node-lease", clusterCreated),
            Namespace(names, "kube-public", clusterCreated),
            Namespace(names, "kube-system", clusterCreated),
        };
        for (var t = 0; t < TeamNamespaces; t++)
        {
            namespaces.Add(Namespace(names, $"team-{t:D2}", kmeshCreated + TimeSpan.FromHours(t), ("istio.io/dataplane-mode", "Kmesh")));
        }

        var pods = new List<WorkloadPod>(WorkloadCount);
        var services = new List<ServiceInfo>(ServiceCount + 1);
        var nodeCursor = 0;
        int NextNode() => 3 + (nodeCursor++ % (NodeCount - 3));

        void AddService(string ns, string name, string ip, int port, int replicas, string image, bool enrolled, DateTime created)
        {
            var hash = names.TemplateHash();
            services.Add(new ServiceInfo(ns, name, ip, new[] { new ServicePortInfo("http", port, port, "TCP") }, Labels(("app", name)),
                Labels(("app", name)), null, names.Uid(), created));
            for (var r = 0; r < replicas; r++)
            {
                var node = NextNode();
                var annotations = enrolled ? Labels(("kmesh.net/redirection", "enabled")) : Empty;
                pods.Add(new WorkloadPod(ns, names.DeploymentPod(name, hash), name, "DEPLOYMENT", name, "v1", name, nodes[node].Name,
                    Allocate(node), image, port, Labels(("app", name), ("pod-template-hash", hash)), annotations, true, false, names.Uid(),
                    created + names.Seconds(0, 3600)));
            }
        }

        AddService("kube-system", "kube-dns", "10.96.0.10", 53, 2, "registry.k8s.io/coredns/coredns:v1.11.3", false, clusterCreated);
        AddService("istio-system", "istiod", "10.96.52.140", 15010, 1, "docker.io/istio/pilot:1.26.2", false, kmeshCreated);
        var appServices = ServiceCount - 2;
        var appPods = WorkloadCount - 3;
        for (var s = 0; s < appServices; s++)
        {
            var ns = $"team-{s % TeamNamespaces:D2}";
            var replicas = appPods / appServices + (s < appPods % appServices ? 1 : 0);
            var ip = 0x0A60_0000 + 1000 + s;
            AddService(ns, $"svc-{s:D4}", Ipv4(ip), 8080, replicas, $"registry.example.com/team/svc-{s % 50:D2}:1.{s % 7}.0", true,
                kmeshCreated + TimeSpan.FromHours(2 + s % 48));
        }

        // Exactly PolicyWorkloadCount workloads carry the label a per-namespace policy selects.
        var policyWorkloads = new HashSet<int>();
        while (policyWorkloads.Count < PolicyWorkloadCount)
        {
            policyWorkloads.Add(3 + names.Next(pods.Count - 3));
        }
        foreach (var index in policyWorkloads)
        {
            pods[index] = pods[index] with { Labels = pods[index].Labels.With("security.example.com/tier", "strict") };
        }
        var policies = Enumerable.Range(0, TeamNamespaces).Select(t => $"team-{t:D2}")
            .Select(ns => new PolicyInfo(ns, "strict-same-namespace", "WORKLOAD_SELECTOR", "ALLOW", PolicyRules.AllowSameNamespace(ns),
                Labels(("security.example.com/tier", "strict"))))
            .ToList();

        services.Add(new ServiceInfo("default", "kubernetes", "10.96.0.1", new[] { new ServicePortInfo("https", 443, 6443, "TCP") }, Empty,
            Labels(("component", "apiserver"), ("provider", "kubernetes")), null, names.Uid(), clusterCreated));

        return new ClusterModel
        {
            Mode = KmeshMode.DualEngine,
            KmeshInstalled = true,
            GatewayApiInstalled = true,
            IpsecEnabled = true,
            ImageHasCurl = true,
            Now = now,
            Nodes = nodes,
            Daemons = daemons,
            IpsecInfos = ipsec,
            Namespaces = namespaces.OrderBy(n => n.Name, StringComparer.Ordinal).ToList(),
            Pods = pods,
            Services = services.OrderBy(s => s.Namespace, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal).ToList(),
            Policies = policies,
            Waypoints = new List<WaypointInfo>(),
            Events = ClusterEvents.For(names, now, daemons, pods, new List<WaypointInfo>(), degraded: false),
            Seed = seed,
        };
    }
}
