using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using CSharpToJs.Interop;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Membership;
using Kmesh.Model.Shapes;

namespace Kmesh.Tests.Compiled;

/// <summary>What one details page reads: the object, and each other source as its JSON or a state word
/// (<c>forbidden</c>, <c>failed</c>, <c>loading</c>, <c>none</c>).</summary>
[JsonShape]
public sealed class SectionSnapshot
{
    [JsonPropertyName("pod")] public V1Pod? Pod { get; set; }
    [JsonPropertyName("namespace")] public V1Namespace? Namespace { get; set; }
    [JsonPropertyName("namespaceState")] public string? NamespaceState { get; set; }
    [JsonPropertyName("daemon")] public V1Pod? Daemon { get; set; }
    [JsonPropertyName("daemonState")] public string? DaemonState { get; set; }
    [JsonPropertyName("pods")] public IList<V1Pod>? Pods { get; set; }
    [JsonPropertyName("daemons")] public IList<V1Pod>? Daemons { get; set; }
    [JsonPropertyName("gateway")] public Gateway? Gateway { get; set; }
    [JsonPropertyName("waypoint")] public string? Waypoint { get; set; }
}

/// <summary>Canonical text of the details-page sections' model (pod and namespace explanations), for both legs.</summary>
public static class SectionsDriver
{
    private static readonly DateTime Now = new DateTime(2025, 12, 10, 9, 0, 0, DateTimeKind.Utc);

    public static bool Handles(string kind) => kind == "section-pod" || kind == "section-namespace";

    public static string Render(string kind, string text)
    {
        SectionSnapshot snapshot = JsonShapes.Parse<SectionSnapshot>(text);
        return kind == "section-pod" ? Pod(snapshot) : Namespace(snapshot);
    }

    private static string Pod(SectionSnapshot s)
    {
        PodMeshExplanation e = PodMesh.Explain(s.Pod!, KnownOf(s.Namespace, s.NamespaceState), KnownOf(s.Daemon, s.DaemonState), Now);
        var lines = new List<string>
        {
            $"verdict {e.Verdict}; intended {(e.Intended is null ? "unknown" : e.Intended.Value.ToString())}; managed {e.Managed}",
            "decider: " + e.Decider,
            "exclusion: " + (e.Exclusion ?? "-"),
            "why: " + (e.Why ?? "-"),
            "caveat: " + (e.Caveat ?? "-"),
            "daemon: " + (e.Daemon is null ? "-" : $"{e.Daemon.Ready} {e.Daemon.Condition} {e.Daemon.Health.Level}: {e.Daemon.Health.Reason}"),
        };
        WaypointChoice? waypoint = PodMesh.WaypointOf(s.Pod!.Metadata?.Labels, s.Namespace?.Metadata?.Labels);
        lines.Add("use-waypoint: " + (waypoint is null ? "-" : waypoint.Name + (waypoint.OwnLabel ? " (own label)" : " (namespace label)")));
        return string.Join("\n", lines);
    }

    private static string Namespace(SectionSnapshot s)
    {
        var pods = new List<V1Pod>();
        if (s.Pods is not null) pods.AddRange(s.Pods);
        Dictionary<string, DaemonStatus>? daemons = s.Daemons is null ? null : NamespaceMesh.DaemonsByNode(s.Daemons, Now);
        NamespaceMeshExplanation e = NamespaceMesh.Explain(s.Namespace!, pods, daemons);
        var lines = new List<string>
        {
            $"label {e.Label ?? "-"}; enrolled {e.Enrolled}; pods {e.Pods}, intended {e.Intended}, managed {e.Managed}",
            "effect: " + e.Effect,
        };
        foreach (PodMismatch m in e.Mismatches) lines.Add($"mismatch {m.Pod} on {m.Node}: intended {m.Intended}, managed {m.Managed}; {m.Why}");
        if (s.Waypoint is not null)
        {
            WaypointState w = NamespaceMesh.Waypoint(s.Waypoint, s.Namespace!.Metadata?.Name ?? "", s.Gateway);
            lines.Add($"waypoint {w.Name}: found {w.Found}; {w.Health.Level}: {w.Health.Reason}");
        }
        return string.Join("\n", lines);
    }

    private static Known<T> KnownOf<T>(T value, string? state) => state switch
    {
        "forbidden" => Known<T>.Forbidden("your account may not get it (forbidden)"),
        "failed" => Known<T>.Failed("the request failed: 502 Bad Gateway"),
        "loading" => Known<T>.Loading(Unknowns.Loading),
        _ => Known<T>.Of(value),
    };
}
