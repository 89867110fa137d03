using System;
using System.Collections.Generic;
using System.Linq;
using static Kmesh.Preview.Scenarios.ClusterParts;

namespace Kmesh.Preview.Scenarios;

/// <summary>
/// A kind-like cluster (kmesh-control-plane, kmesh-worker, kmesh-worker2) running Bookinfo in <c>default</c>,
/// enrolled in Kmesh with a service waypoint. Every random-looking part comes from the seed.
/// </summary>
public static class BookinfoCluster
{
    private const string WaypointVip = "10.96.143.232";
    private const string ControlPlane = "kmesh-control-plane";
    private const string Worker = "kmesh-worker";
    private const string Worker2 = "kmesh-worker2";
    private const string CrashingNode = Worker2;
    private const string UnmanagedPodApp = "ratings";

    private sealed record AppSpec(string App, string Version, string Node, string ServiceAccount, bool Ready);

    public static ClusterModel Build(BookinfoClusterOptions options, int seed, DateTime now)
    {
        var names = new SeededNames(seed);
        var clusterCreated = now - TimeSpan.FromMinutes(52) - names.Seconds(0, 60);
        var nodes = BuildNodes(names, clusterCreated);
        var nodeIndex = nodes.ToDictionary(n => n.Name);
        var nextIp = nodes.ToDictionary(n => n.Name, _ => 2);
        string Allocate(string node) => PodIp(nodeIndex[node].PodCidr, nextIp[node]++);

        var kmeshInstalled = options.KmeshInstalled;
        var kmeshCreated = clusterCreated + TimeSpan.FromMinutes(4);
        var daemons = kmeshInstalled ? BuildDaemons(names, nodes, options, kmeshCreated, now, Allocate) : new List<DaemonInfo>();
        var ipsec = kmeshInstalled && options.IpsecEnabled ? BuildIpsec(names, nodes, options, kmeshCreated) : new List<NodeIpsecInfo>();

        var namespaces = new List<NamespaceInfo>
        {
            kmeshInstalled
                ? Namespace(names, "default", clusterCreated, ("istio.io/dataplane-mode", "Kmesh"))
                : Namespace(names, "default", clusterCreated),
            Namespace(names, "istio-system", clusterCreated + TimeSpan.FromMinutes(2)),
            Namespace(names, "kube-node-lease", clusterCreated),
            Namespace(names, "kube-public", clusterCreated),
            Namespace(names, "kube-system", clusterCreated),
            Namespace(names, "local-path-storage", clusterCreated + TimeSpan.FromSeconds(20)),
        };
        if (kmeshInstalled)
        {
            namespaces.Add(Namespace(names, KmeshNamespace, kmeshCreated));
        }

        var pods = new List<WorkloadPod>();
        pods.AddRange(SystemPods(names, nodes, clusterCreated, Allocate));
        var istiod = names.TemplateHash();
        pods.Add(Pod(names, "istio-system", names.DeploymentPod("istiod", istiod), "istiod", "istiod", "latest", "istiod", Worker,
            Allocate(Worker), "docker.io/istio/pilot:1.26.2", 15010,
            Labels(("app", "istiod"), ("istio", "pilot"), ("istio.io/rev", "default"), ("pod-template-hash", istiod)),
            Empty, true, false, clusterCreated + TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(12)));

        var bookinfoCreated = kmeshCreated + TimeSpan.FromMinutes(5);
        var apps = new[]
        {
            new AppSpec("details", "v1", Worker, "bookinfo-details", true),
            new AppSpec("productpage", "v1", Worker, "bookinfo-productpage", true),
            new AppSpec("ratings", "v1", Worker2, "bookinfo-ratings", true),
            new AppSpec("reviews", "v1", Worker2, "bookinfo-reviews", true),
            new AppSpec("reviews", "v2", Worker, "bookinfo-reviews", !options.Degraded),
            new AppSpec("reviews", "v3", Worker2, "bookinfo-reviews", true),
        };
        foreach (var app in apps)
        {
            var hash = names.TemplateHash();
            var workload = $"{app.App}-{app.Version}";
            var managed = kmeshInstalled && !(options.Degraded && app.App == UnmanagedPodApp);
            var annotations = managed ? Labels(("kmesh.net/redirection", "enabled")) : Empty;
            pods.Add(Pod(names, "default", names.DeploymentPod(workload, hash), workload, app.App, app.Version, app.ServiceAccount,
                app.Node, Allocate(app.Node), $"docker.io/istio/examples-bookinfo-{workload}:1.20.2", 9080,
                Labels(("app", app.App), ("version", app.Version), ("pod-template-hash", hash)), annotations, app.Ready, false,
                bookinfoCreated + names.Seconds(0, 40)));
        }

        var withWaypoint = kmeshInstalled && options.WithWaypoint && options.Mode == KmeshMode.DualEngine;
        var waypoints = new List<WaypointInfo>();
        if (withWaypoint)
        {
            var created = bookinfoCreated + TimeSpan.FromMinutes(4);
            waypoints.Add(new WaypointInfo("default", "waypoint", WaypointVip, "service", !options.Degraded, names.Uid(), created));
            var hash = names.TemplateHash();
            pods.Add(Pod(names, "default", names.DeploymentPod("waypoint", hash), "waypoint", "waypoint", "latest", "waypoint", Worker2,
                Allocate(Worker2), "ghcr.io/kmesh-net/waypoint:v1.2.0", 15008,
                Labels(("gateway.istio.io/managed", "istio.io-mesh-controller"), ("gateway.networking.k8s.io/gateway-name", "waypoint"),
                    ("istio.io/dataplane-mode", "none"), ("pod-template-hash", hash), ("service.istio.io/canonical-name", "waypoint")),
                Empty, !options.Degraded, false, created + TimeSpan.FromSeconds(3)));
        }

        var services = BuildServices(names, withWaypoint, clusterCreated, bookinfoCreated);
        var policies = kmeshInstalled ? BookinfoPolicies() : new List<PolicyInfo>();
        var events = ClusterEvents.For(names, now, daemons, pods, waypoints, options.Degraded);

        return new ClusterModel
        {
            Mode = options.Mode,
            WorkloadMetricsAtStart = !options.Degraded,
            KmeshInstalled = kmeshInstalled,
            GatewayApiInstalled = kmeshInstalled && options.Mode == KmeshMode.DualEngine,
            IpsecEnabled = kmeshInstalled && options.IpsecEnabled,
            ImageHasCurl = options.ImageHasCurl,
            Now = now,
            Nodes = nodes,
            Daemons = daemons,
            IpsecInfos = ipsec,
            Namespaces = namespaces.OrderBy(n => n.Name, StringComparer.Ordinal).ToList(),
            Pods = pods,
            Services = services,
            Policies = policies,
            Waypoints = waypoints,
            Events = events,
            Seed = seed,
            ConfigDumpCutOnNode = options.Degraded ? ControlPlane : null,
        };
    }

    private static List<NodeInfo> BuildNodes(SeededNames names, DateTime created) => new()
    {
        new NodeInfo(ControlPlane, "172.18.0.2", "10.244.0.0/24", true, names.Uid(), names.Uid(), "zone-0", created),
        new NodeInfo(Worker, "172.18.0.3", "10.244.1.0/24", false, names.Uid(), names.Uid(), "zone-1", created + TimeSpan.FromSeconds(17)),
        new NodeInfo(Worker2, "172.18.0.4", "10.244.2.0/24", false, names.Uid(), names.Uid(), "zone-2", created + TimeSpan.FromSeconds(18)),
    };

    private static List<DaemonInfo> BuildDaemons(SeededNames names, List<NodeInfo> nodes, BookinfoClusterOptions options, DateTime created,
        DateTime now, Func<string, string> allocate)
    {
        var daemons = new List<DaemonInfo>();
        foreach (var node in nodes)
        {
            var crashing = options.Degraded && node.Name == CrashingNode;
            var started = created + names.Seconds(1, 30);
            // The crash-looping container was last started 3 minutes ago (it is in a 5-minute back-off).
            daemons.Add(new DaemonInfo(names.Unique("kmesh-"), node.Name, allocate(node.Name), names.Uid(), CurrentKmeshTag,
                crashing ? DaemonHealth.CrashLoopBackOff : DaemonHealth.Running, crashing ? 7 : 0, started,
                crashing ? now - TimeSpan.FromMinutes(3) : started));
        }
        return daemons;
    }

    private static List<NodeIpsecInfo> BuildIpsec(SeededNames names, List<NodeInfo> nodes, BookinfoClusterOptions options, DateTime created)
    {
        var infos = new List<NodeIpsecInfo>();
        var resourceVersion = 31877L;
        foreach (var node in nodes)
        {
            // In the degraded cluster kmesh-worker already rotated to SPI 2 while the others still use SPI 1.
            var rotated = options.Degraded && node.Name == Worker;
            infos.Add(new NodeIpsecInfo(node.Name, rotated ? 2 : 1, rotated ? 2 : 1, names.Uid(), created + names.Seconds(2, 40),
                resourceVersion += 97));
        }
        return infos;
    }

    private static IEnumerable<WorkloadPod> SystemPods(SeededNames names, List<NodeInfo> nodes, DateTime created, Func<string, string> allocate)
    {
        var coreDnsHash = names.TemplateHash();
        for (var i = 0; i < 2; i++)
        {
            yield return Pod(names, "kube-system", names.DeploymentPod("coredns", coreDnsHash), "coredns", "coredns", "latest", "coredns",
                ControlPlane, allocate(ControlPlane), "registry.k8s.io/coredns/coredns:v1.11.3", 53,
                Labels(("k8s-app", "kube-dns"), ("pod-template-hash", coreDnsHash)), Empty, true, false, created + TimeSpan.FromSeconds(40 + i));
        }
        var controlPlane = nodes[0];
        foreach (var component in new[] { "etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler" })
        {
            var image = component == "etcd" ? "registry.k8s.io/etcd:3.5.16-0" : $"registry.k8s.io/{component}:v1.32.2";
            yield return Pod(names, "kube-system", $"{component}-{controlPlane.Name}", component, component, "latest", "default",
                controlPlane.Name, controlPlane.InternalIp, image, 0,
                Labels(("component", component), ("tier", "control-plane")), Empty, true, true, created);
        }
        foreach (var node in nodes)
        {
            yield return Pod(names, "kube-system", names.Unique("kube-proxy-"), "kube-proxy", "kube-proxy", "latest", "kube-proxy",
                node.Name, node.InternalIp, "registry.k8s.io/kube-proxy:v1.32.2", 0,
                Labels(("k8s-app", "kube-proxy"), ("controller-revision-hash", "7c7d8b6bd8")), Empty, true, true, node.Created + TimeSpan.FromSeconds(9));
        }
    }

    private static WorkloadPod Pod(SeededNames names, string ns, string name, string workload, string canonical, string revision,
        string serviceAccount, string node, string ip, string image, int port, IReadOnlyDictionary<string, string> labels,
        IReadOnlyDictionary<string, string> annotations, bool ready, bool hostNetwork, DateTime created) =>
        new(ns, name, workload, hostNetwork ? "POD" : "DEPLOYMENT", canonical, revision, serviceAccount, node, ip, image, port, labels,
            annotations, ready, hostNetwork, names.Uid(), created);

    private static List<ServiceInfo> BuildServices(SeededNames names, bool withWaypoint, DateTime clusterCreated, DateTime bookinfoCreated)
    {
        var useWaypoint = withWaypoint ? Labels(("istio.io/use-waypoint", "waypoint")) : Empty;
        ServiceInfo Bookinfo(string app, string ip, string? lb) =>
            new("default", app, ip, new[] { new ServicePortInfo("http", 9080, 9080, "TCP") }, Labels(("app", app)),
                useWaypoint.With("app", app).With("service", app), lb, names.Uid(), bookinfoCreated);

        var services = new List<ServiceInfo>
        {
            new("default", "kubernetes", "10.96.0.1", new[] { new ServicePortInfo("https", 443, 6443, "TCP") }, Empty,
                Labels(("component", "apiserver"), ("provider", "kubernetes")), null, names.Uid(), clusterCreated),
            new("kube-system", "kube-dns", "10.96.0.10",
                new[] { new ServicePortInfo("dns", 53, 53, "UDP"), new ServicePortInfo("dns-tcp", 53, 53, "TCP"), new ServicePortInfo("metrics", 9153, 9153, "TCP") },
                Labels(("k8s-app", "kube-dns")), Labels(("k8s-app", "kube-dns"), ("kubernetes.io/name", "CoreDNS")), null, names.Uid(), clusterCreated),
            new("istio-system", "istiod", "10.96.52.140",
                new[] { new ServicePortInfo("grpc-xds", 15010, 15010, "TCP"), new ServicePortInfo("https-dns", 15012, 15012, "TCP"),
                    new ServicePortInfo("https-webhook", 443, 15017, "TCP"), new ServicePortInfo("http-monitoring", 15014, 15014, "TCP") },
                Labels(("app", "istiod"), ("istio", "pilot")), Labels(("app", "istiod"), ("istio", "pilot")), null, names.Uid(), clusterCreated + TimeSpan.FromMinutes(2)),
            Bookinfo("details", "10.96.17.204", null),
            Bookinfo("productpage", "10.96.211.15", null),
            Bookinfo("ratings", "10.96.61.77", "FAILOVER"),
            Bookinfo("reviews", "10.96.88.31", null),
        };
        if (withWaypoint)
        {
            services.Add(new ServiceInfo("default", "waypoint", WaypointVip,
                new[] { new ServicePortInfo("status-port", 15021, 15021, "TCP"), new ServicePortInfo("mesh", 15008, 15008, "TCP") },
                Labels(("gateway.networking.k8s.io/gateway-name", "waypoint")),
                Labels(("gateway.istio.io/managed", "istio.io-mesh-controller"), ("gateway.networking.k8s.io/gateway-name", "waypoint")),
                null, names.Uid(), bookinfoCreated + TimeSpan.FromMinutes(4)));
        }
        return services.OrderBy(s => s.Namespace, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    private static List<PolicyInfo> BookinfoPolicies() => new()
    {
        new PolicyInfo("default", "deny-other-namespaces", "NAMESPACE", "DENY", PolicyRules.DenyOtherNamespaces, Empty),
        new PolicyInfo("default", "reviews-viewer", "WORKLOAD_SELECTOR", "ALLOW", PolicyRules.ReviewsViewer, Labels(("app", "reviews"))),
    };
}
