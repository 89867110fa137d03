using System.Collections.Generic;
using System.Threading.Tasks;
using Kmesh.Model;
using Kmesh.Model.Mesh;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Model.Transport;
using Kmesh.Plugin.Views.Shared;
using Headlamp.Bindings;
using S = Kmesh.Plugin.Views.Mesh.MeshStrings;

namespace Kmesh.Plugin.Views.Mesh;

/// <summary>A daemon that was asked and did not give a readable dump: which, and the precise reason.</summary>
public sealed record MeshAttempt(string Node, string Pod, string Title, string Message, string? Hint);

/// <summary>The outcome of one load for <see cref="RequestedNode"/> ("" = any Ready daemon): the dump and the
/// daemon that answered (node, pod, transport, time), the daemons that failed before it, or only failures.</summary>
public sealed record MeshLoad(
    string Cluster,
    string RequestedNode,
    string Node,
    string Pod,
    ConfigDump? Dump,
    string Body,
    string FetchedAt,
    TransportStrategy? Strategy,
    IReadOnlyList<MeshAttempt> Attempts);

/// <summary>Fetches the dual-engine config dump from one daemon at a time, in <see cref="MeshDaemons.Order"/>,
/// and keeps the last good answer per cluster so the three mesh views share it instead of asking again.</summary>
public static class MeshFetch
{
    public const string ConfigDumpPath = "/debug/config_dump/dual-engine";

    private static readonly Dictionary<string, MeshLoad> Cache = new Dictionary<string, MeshLoad>();

    /// <summary>The cached dump of <paramref name="cluster"/> if it answers <paramref name="requestedNode"/>: any
    /// node for "", else that node's.</summary>
    public static MeshLoad? Cached(string cluster, string requestedNode)
    {
        if (!Cache.TryGetValue(cluster, out MeshLoad? load)) return null;
        return requestedNode.Length == 0 || load.Node == requestedNode ? load with { RequestedNode = requestedNode } : null;
    }

    public static async Task Run(string cluster, string requestedNode, List<DaemonCandidate> order, Request request, System.Action<MeshLoad?> setLoad)
    {
        var attempts = new List<MeshAttempt>();
        foreach (DaemonCandidate candidate in order)
        {
            AdminCallResult result = await DaemonClient.Get(candidate.Pod, ConfigDumpPath);
            if (request.Cancelled) return;
            if (result.Failure is not null || result.Response is null)
            {
                AdminFailure failure = result.Failure ?? new AdminFailure(AdminFailureKind.Unreachable, MeshStrings.NoResponse(candidate.Pod), MeshStrings.TryAgain);
                attempts.Add(new MeshAttempt(candidate.Node, candidate.Pod, TitleOf(failure.Kind), failure.Message, failure.Hint));
                if (!MeshDaemons.TryNextAfter(failure.Kind)) break;
                continue;
            }
            Parsed<ConfigDump> parsed = ConfigDumpReader.Read(result.Response.Body);
            if (parsed.Value is null)
            {
                attempts.Add(new MeshAttempt(candidate.Node, candidate.Pod, S.Malformed, S.MalformedMessage(candidate.Pod, parsed.Error!.ToString()), null));
                continue;
            }
            var load = new MeshLoad(cluster, requestedNode, candidate.Node, candidate.Pod, parsed.Value, result.Response.Body, WebText.NowIso(),
                result.Strategy, attempts);
            Cache[cluster] = load;
            setLoad(load);
            return;
        }
        setLoad(new MeshLoad(cluster, requestedNode, "", "", null, "", WebText.NowIso(), null, attempts));
    }

    private static string TitleOf(AdminFailureKind kind) =>
        kind == AdminFailureKind.Forbidden ? S.Forbidden : kind == AdminFailureKind.WrongMode ? S.WrongMode : S.Unreachable;
}
