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

    [Fact]
    public void Healthy_daemon_is_green()
    {
        Health h = DaemonHealthRules.ForPod(Cluster.DaemonPod("kmesh-8hv7d", "kmesh-worker"));
        Assert.Equal(Health.Green("running and ready"), h);
        Assert.True(DaemonHealthRules.IsDaemonPod(Cluster.DaemonPod("kmesh-8hv7d", "kmesh-worker")));
        Assert.False(DaemonHealthRules.IsDaemonPod(Cluster.WaypointPod));
    }

    [Fact]
    public void CrashLoopBackOff_is_red_with_the_reason()
    {
        Health h = DaemonHealthRules.ForPod(Cluster.DaemonPod("kmesh-tl9wm", "kmesh-worker2", ready: false, restarts: 7, waiting: "CrashLoopBackOff"));
        Assert.Equal(HealthLevel.Red, h.Level);
        Assert.Equal("container kmesh is in CrashLoopBackOff (7 restarts): back-off 5m0s restarting failed container=kmesh pod=kmesh-tl9wm", h.Reason);
    }

    [Fact]
    public void ImagePullBackOff_is_red()
    {
        Health h = DaemonHealthRules.ForPod(Cluster.DaemonPod("kmesh-x", "kmesh-worker", phase: "Pending", ready: false, waiting: "ImagePullBackOff"));
        Assert.Equal(HealthLevel.Red, h.Level);
        Assert.StartsWith("container kmesh is in ImagePullBackOff (0 restarts)", h.Reason);
    }

    [Fact]
    public void Restarts_pending_and_not_ready_are_yellow()
    {
        Assert.Equal(Health.Yellow("ready, but restarted (1 restart)"), DaemonHealthRules.ForPod(Cluster.DaemonPod("a", "n", restarts: 1)));
        Assert.Equal(Health.Yellow("the pod is pending (kmesh: ContainerCreating)"),
            DaemonHealthRules.ForPod(Cluster.DaemonPod("a", "n", phase: "Pending", ready: false, waiting: "ContainerCreating")));
        Assert.Equal(Health.Yellow("running but not ready (0 restarts)"), DaemonHealthRules.ForPod(Cluster.DaemonPod("a", "n", ready: false)));
    }

    [Fact]
    public void Failed_unknown_and_empty_pods_are_red()
    {
        Assert.Equal(HealthLevel.Red, DaemonHealthRules.ForPod(Cluster.DaemonPod("a", "n", phase: "Failed", ready: false)).Level);
        Assert.Equal(Health.Red("the pod's state is unknown (its node may be unreachable)"), DaemonHealthRules.ForPod(new V1Pod()));
    }

    [Fact]
    public void Node_health_combines_node_readiness_and_its_daemon()
    {
        List<V1Pod> daemons = Cluster.ThreeDaemons;
        V1Node worker = Cluster.NodeNamed("kmesh-worker");
        Assert.Equal(HealthLevel.Green, DaemonHealthRules.ForNode(worker, DaemonHealthRules.DaemonOnNode("kmesh-worker", daemons)).Level);
        Assert.Equal(Health.Red("no Kmesh daemon pod runs on this node"), DaemonHealthRules.ForNode(Cluster.NodeNamed("kmesh-worker3"), null));
        Assert.Equal(Health.Red("the node is not ready: NodeStatusUnknown"),
            DaemonHealthRules.ForNode(Cluster.NodeNamed("kmesh-worker2", "Unknown"), daemons[2]));
    }
}
