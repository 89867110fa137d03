using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Transport;

namespace Kmesh.Model.Mesh;

/// <summary>A daemon the mesh views may ask for the config dump.</summary>
public sealed record DaemonCandidate(string Pod, string Node, bool Ready);

/// <summary>Which daemon to ask for the dual-engine config dump. Every daemon holds the whole cluster's workloads
/// (istiod sends them all), so one answer serves the cluster: the views ask one daemon, and on failure the next
/// Ready one, never every daemon.</summary>
public static class MeshDaemons
{
    /// <summary>At most this many daemons are tried for one load, so a cluster of broken daemons costs a bounded
    /// number of requests.</summary>
    public const int MaxAttempts = 3;

    /// <summary>The daemon on <paramref name="requestedNode"/> first (even when not Ready: the user asked for it),
    /// then the Ready daemons ordered by node name, capped at <see cref="MaxAttempts"/>.</summary>
    public static List<DaemonCandidate> Order(IEnumerable<V1Pod> daemonPods, string requestedNode)
    {
        var ready = new List<DaemonCandidate>();
        DaemonCandidate? requested = null;
        foreach (V1Pod pod in daemonPods)
        {
            string node = pod?.Spec?.NodeName ?? "";
            string name = pod?.Metadata?.Name ?? "";
            if (node.Length == 0 || name.Length == 0) continue;
            var candidate = new DaemonCandidate(name, node, DaemonHealthRules.IsReady(pod!));
            if (node == requestedNode) requested = candidate;
            else if (candidate.Ready) ready.Add(candidate);
        }
        ready.Sort((a, b) => string.CompareOrdinal(a.Node, b.Node));
        var order = new List<DaemonCandidate>();
        if (requested is not null) order.Add(requested);
        foreach (DaemonCandidate candidate in ready)
        {
            if (order.Count >= MaxAttempts) break;
            order.Add(candidate);
        }
        return order;
    }

    /// <summary>Nodes whose daemon is Ready, sorted: what the node picker offers.</summary>
    public static List<string> ReadyNodes(IEnumerable<V1Pod> daemonPods)
    {
        var nodes = new List<string>();
        foreach (V1Pod pod in daemonPods)
        {
            string node = pod?.Spec?.NodeName ?? "";
            if (node.Length > 0 && DaemonHealthRules.IsReady(pod!)) nodes.Add(node);
        }
        return Meta.Sorted(nodes);
    }

    /// <summary>Whether asking another daemon can help: not for a missing permission, the other mode or a request
    /// the plugin could not build, which are the same on every node.</summary>
    public static bool TryNextAfter(AdminFailureKind kind) =>
        kind != AdminFailureKind.Forbidden && kind != AdminFailureKind.WrongMode && kind != AdminFailureKind.InvalidRequest;

    /// <summary>True when every daemon's <c>--mode</c> says kernel-native: the dual-engine dump does not exist there,
    /// so the views say so without asking.</summary>
    public static bool AllKernelNative(IEnumerable<V1Pod> daemonPods)
    {
        bool any = false;
        foreach (V1Pod pod in daemonPods)
        {
            if (pod is null) continue;
            any = true;
            if (!DataplaneModeRules.FromPod(pod).IsKernelNative) return false;
        }
        return any;
    }
}
