using System.Collections.Generic;
using Kmesh.Model;
using Kmesh.Model.Sources;
using Xunit;

namespace Kmesh.Tests;

/// <summary>A page of the daemon pod list read for its node names (the eBPF view's picker). The same cases run in the
/// compiled leg (<see cref="Compiled.DriverCases"/>).</summary>
public class PodListPageTests
{
    private static string Pod(string name, string? node, string args = "[\"./start_kmesh.sh --mode=dual-engine --enable-bypass=false\"]") =>
        "{\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"kmesh-system\",\"labels\":{\"app\":\"kmesh\"}},\"spec\":{"
        + (node is null ? "" : "\"nodeName\":\"" + node + "\",") + "\"containers\":[{\"name\":\"kmesh\",\"image\":\"ghcr.io/kmesh-net/kmesh:v1.2.0\","
        + "\"command\":[\"/bin/sh\",\"-c\"],\"args\":" + args + "}]},"
        + "\"status\":{\"phase\":\"Running\"}}";

    public static readonly (string Name, string Text)[] Cases =
    [
        ("pod list: first page with a continue token and an unscheduled pod",
            "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"905016\",\"continue\":\"eyJ2IjoibWV0YS5rOHMuaW8vdjEifQ\",\"remainingItemCount\":1},"
            + "\"items\":[" + Pod("kmesh-5xq2k", "kmesh-control-plane") + "," + Pod("kmesh-pending", null) + "," + Pod("kmesh-8hv7d", "kmesh-worker") + "]}"),
        ("pod list: last page", "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"905016\"},\"items\":[" + Pod("kmesh-tl9wm", "kmesh-worker2") + "]}"),
        ("pod list: no pods", "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[]}"),
        ("pod list: a node name that is not a string", "{\"metadata\":{},\"items\":[" + Pod("kmesh-5xq2k", "kmesh-control-plane") + ",{\"spec\":{\"nodeName\":7}}]}"),
        ("pod list: kernel-native daemons, the mode in either spelling, and args of the wrong type",
            "{\"metadata\":{},\"items\":[" + Pod("kmesh-a", "node-a", "[\"./start_kmesh.sh --mode=kernel-native\"]") + ","
            + Pod("kmesh-b", "node-b", "[\"./start_kmesh.sh\", \"--mode\", \"ads\"]") + "," + Pod("kmesh-c", "node-c") + ","
            + Pod("kmesh-d", "node-d", "\"--mode=kernel-native\"") + "," + Pod("kmesh-e", null, "[\"--mode=kernel-native\"]") + "]}"),
        ("pod list: truncated", "{\"metadata\":{},\"items\":[" + Pod("kmesh-5xq2k", "kmesh-control-plane").Substring(0, 60)),
    ];

    private static Parsed<PodListPage> Read(int index) => PodListPageReader.Read(Cases[index].Text);

    [Fact]
    public void KernelNativeNodesAreThoseWhosePodArgsSayKernelNative()
    {
        PodListPage page = Read(4).Value!;
        Assert.Equal(new List<string> { "node-a", "node-b", "node-c", "node-d" }, page.Nodes);
        Assert.Equal(new List<string> { "node-a", "node-b" }, page.KernelNative);
        Assert.Empty(Read(0).Value!.KernelNative);
    }

    [Fact]
    public void APageGivesTheNodesOfItsScheduledPodsAndTheNextPagesToken()
    {
        Parsed<PodListPage> first = Read(0);
        Assert.Equal(new List<string> { "kmesh-control-plane", "kmesh-worker" }, first.Value!.Nodes);
        Assert.Equal("eyJ2IjoibWV0YS5rOHMuaW8vdjEifQ", first.Value.Continue);
        Assert.Equal("", Read(1).Value!.Continue);
        Assert.Empty(Read(2).Value!.Nodes);
    }

    [Fact]
    public void AWrongTypedNodeNameOrTruncatedTextIsAnErrorThatSaysWhere()
    {
        Assert.Equal(ParseErrorKind.WrongType, Read(3).Error!.Kind);
        Assert.Equal("$.items[1].spec.nodeName", Read(3).Error!.Path);
        Assert.Equal(ParseErrorKind.UnexpectedEnd, Read(5).Error!.Kind);
    }
}
