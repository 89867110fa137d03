using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Rules;
using Xunit;

namespace Kmesh.Tests.Rules;

public class ModeAndHealthTests
{
    [Theory]
    [InlineData("./start_kmesh.sh --mode=dual-engine --enable-bypass=false", "dual-engine", true)]
    [InlineData("./start_kmesh.sh --mode kernel-native --enable-bypass=false", "kernel-native", true)]
    [InlineData("./start_kmesh.sh --enable-bypass=false", "dual-engine", false)]
    [InlineData("kmesh-daemon --mode=workload", "dual-engine", true)]
    [InlineData("kmesh-daemon --mode=ads", "kernel-native", true)]
    [InlineData("kmesh-daemon --mode=\"kernel-native\"", "kernel-native", true)]
    [InlineData("kmesh-daemon --modes --mode=future-mode", "future-mode", true)]
    [InlineData("kmesh-daemon --mode=", "dual-engine", false)]
    public void Mode_comes_from_the_joined_args(string args, string mode, bool fromArgs)
    {
        Assert.Equal(new DaemonMode(mode, fromArgs), DataplaneModeRules.FromArgs(args));
    }

    [Fact]
    public void Mode_of_a_daemon_pod_reads_its_shell_args()
    {
        V1Pod pod = Cluster.DaemonPod("kmesh-8hv7d", "kmesh-worker", "./start_kmesh.sh --mode=kernel-native --enable-bypass=false");
        Assert.True(DataplaneModeRules.FromPod(pod).IsKernelNative);
        Assert.True(DataplaneModeRules.FromPod(new V1Pod()).IsDualEngine);
    }

    private static DaemonStatus Classify(V1Pod pod) => DaemonHealthRules.Classify(pod, Cluster.Now);

    [Fact]
    public void Healthy_daemon_is_green()
    {
        Health h = DaemonHealthRules.ForPod(Cluster.DaemonPod("kmesh-8hv7d", "kmesh-worker"), Cluster.Now);
        Assert.Equal(Health.Green("running and ready"), h);
        Assert.True(DaemonHealthRules.IsDaemonPod(Cluster.DaemonPod("kmesh-8hv7d", "kmesh-worker")));
        Assert.False(DaemonHealthRules.IsDaemonPod(Cluster.WaypointPod));
    }

    [Fact]
    public void CrashLoopBackOff_is_red_with_the_reason()
    {
        DaemonStatus s = Classify(Cluster.DaemonPod("kmesh-tl9wm", "kmesh-worker2", ready: false, restarts: 7, waiting: "CrashLoopBackOff"));
        Assert.Equal(DaemonCondition.CrashLoop, s.Condition);
        Assert.False(s.Ready);
        Assert.Equal(Health.Red("container kmesh is in CrashLoopBackOff (7 restarts): back-off 5m0s restarting failed container=kmesh pod=kmesh-tl9wm"), s.Health);
    }

    [Fact]
    public void ImagePullBackOff_is_red()
    {
        DaemonStatus s = Classify(Cluster.DaemonPod("kmesh-x", "kmesh-worker", phase: "Pending", ready: false, waiting: "ImagePullBackOff"));
        Assert.Equal(DaemonCondition.ImagePull, s.Condition);
        Assert.StartsWith("container kmesh is in ImagePullBackOff (0 restarts)", s.Health.Reason);
    }

    [Fact]
    public void A_ready_daemon_that_restarted_long_ago_is_ready_and_green()
    {
        // Today this was "ready, but restarted (1 restart)" and "Not ready" in the Nodes list.
        DaemonStatus s = Classify(Cluster.DaemonPod("a", "n", restarts: 1, lastFinished: "2025-11-20T10:00:00Z"));
        Assert.True(s.Ready);
        Assert.Equal(DaemonCondition.Ready, s.Condition);
        Assert.Equal(Health.Green("running and ready"), s.Health);
        Assert.Equal(new System.DateTime(2025, 11, 20, 10, 0, 0, System.DateTimeKind.Utc), DaemonHealthRules.LastRestart(Cluster.DaemonPod("a", "n", restarts: 1, lastFinished: "2025-11-20T10:00:00Z")));
    }

    [Fact]
    public void A_restart_counts_only_while_recent()
    {
        DaemonStatus recent = Classify(Cluster.DaemonPod("a", "n", restarts: 2, lastFinished: "2025-12-10T08:48:30Z"));
        Assert.True(recent.Ready);
        Assert.Equal(DaemonCondition.RecentRestart, recent.Condition);
        Assert.Equal(Health.Yellow("ready, but restarted 11 minutes ago (2 restarts)"), recent.Health);
        // Exactly one hour is no longer recent; without a recorded time the restart is history too.
        Assert.Equal(DaemonCondition.Ready, Classify(Cluster.DaemonPod("a", "n", restarts: 2, lastFinished: "2025-12-10T08:00:00Z")).Condition);
        Assert.Equal(DaemonCondition.Ready, Classify(Cluster.DaemonPod("a", "n", restarts: 2)).Condition);
    }

    [Fact]
    public void Restarts_of_a_daemon_that_is_not_ready_always_count()
    {
        DaemonStatus s = Classify(Cluster.DaemonPod("a", "n", ready: false, restarts: 3, lastFinished: "2025-11-20T10:00:00Z"));
        Assert.False(s.Ready);
        Assert.Equal(Health.Yellow("running but not ready (3 restarts)"), s.Health);
    }

    [Fact]
    public void Pending_and_not_ready_are_yellow()
    {
        Assert.Equal(Health.Yellow("the pod is pending (kmesh: ContainerCreating)"),
            DaemonHealthRules.ForPod(Cluster.DaemonPod("a", "n", phase: "Pending", ready: false, waiting: "ContainerCreating"), Cluster.Now));
        Assert.Equal(Health.Yellow("running but not ready (0 restarts)"), DaemonHealthRules.ForPod(Cluster.DaemonPod("a", "n", ready: false), Cluster.Now));
    }

    [Fact]
    public void Failed_unknown_and_empty_pods_are_red()
    {
        Assert.Equal(DaemonCondition.NotRunning, Classify(Cluster.DaemonPod("a", "n", phase: "Failed", ready: false)).Condition);
        Assert.Equal(Health.Red("the pod's state is unknown (its node may be unreachable)"), DaemonHealthRules.ForPod(new V1Pod(), Cluster.Now));
    }

    [Fact]
    public void Node_health_combines_node_readiness_and_its_daemon()
    {
        List<V1Pod> daemons = Cluster.ThreeDaemons;
        V1Node worker = Cluster.NodeNamed("kmesh-worker");
        Assert.Equal(HealthLevel.Green, DaemonHealthRules.ForNode(worker, DaemonHealthRules.DaemonOnNode("kmesh-worker", daemons), Cluster.Now).Level);
        Assert.Equal(Health.Red("no Kmesh daemon pod runs on this node"), DaemonHealthRules.ForNode(Cluster.NodeNamed("kmesh-worker3"), null, Cluster.Now));
        Assert.Equal(Health.Red("the node is not ready: NodeStatusUnknown"),
            DaemonHealthRules.ForNode(Cluster.NodeNamed("kmesh-worker2", "Unknown"), daemons[2], Cluster.Now));
    }
}
