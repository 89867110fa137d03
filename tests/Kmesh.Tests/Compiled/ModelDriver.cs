using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using CSharpToJs.Interop;
using k8s.Models;
using Kmesh.Model.Canonical;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Model.Transport;

namespace Kmesh.Tests.Compiled;

public sealed record DriverCase(string Name, string Kind, string Text);

/// <summary>A cluster snapshot for the rules, as JSON (the API server's objects in lists).</summary>
[JsonShape]
public sealed class ClusterSnapshot
{
    [JsonPropertyName("daemonPods")] public IList<V1Pod>? DaemonPods { get; set; }
    [JsonPropertyName("namespaces")] public IList<V1Namespace>? Namespaces { get; set; }
    [JsonPropertyName("services")] public IList<V1Service>? Services { get; set; }
    [JsonPropertyName("pods")] public IList<V1Pod>? Pods { get; set; }
    [JsonPropertyName("gateways")] public IList<Gateway>? Gateways { get; set; }
    [JsonPropertyName("nodeInfos")] public IList<KmeshNodeInfo>? NodeInfos { get; set; }
}

/// <summary>Runs the model over cases and prints canonical text. This file is compiled twice: into the test
/// assembly (native leg) and, with a generated Main, to JavaScript (compiled leg); the outputs must be identical.</summary>
public static class ModelDriver
{
    public static void Run(IReadOnlyList<DriverCase> cases, Action<string> print)
    {
        foreach (DriverCase item in cases)
        {
            print("=== " + item.Name);
            if (item.Kind == "cluster") print(Cluster(JsonShapes.Parse<ClusterSnapshot>(item.Text)));
            else if (item.Kind == "exec") print(Exec(item.Text));
            else if (item.Kind == "failure") print(Failure(item.Text));
            else if (MeshDriver.Handles(item.Kind)) print(MeshDriver.Render(item.Kind, item.Text));
            else print(CanonicalCatalog.Render(item.Kind, item.Text));
        }
    }

    private static List<T> ListOf<T>(IList<T>? items) => items is null ? new List<T>() : new List<T>(items);

    private static string Cluster(ClusterSnapshot snapshot)
    {
        List<V1Pod> daemons = ListOf(snapshot.DaemonPods);
        List<V1Namespace> namespaces = ListOf(snapshot.Namespaces);
        List<V1Pod> pods = ListOf(snapshot.Pods);
        List<Gateway> gateways = ListOf(snapshot.Gateways);
        var lines = new List<string>();
        foreach (V1Pod daemon in daemons)
        {
            DaemonMode mode = DataplaneModeRules.FromPod(daemon);
            lines.Add($"daemon {daemon.Metadata?.Name}: {CanonicalText.Health(DaemonHealthRules.ForPod(daemon))}; mode {mode.Mode} (args: {mode.FromArgs}); image {VersionSkewRules.ImageVersion(daemon)}");
        }
        foreach (V1Pod pod in pods)
        {
            V1Namespace? ns = null;
            foreach (V1Namespace candidate in namespaces)
            {
                if (candidate.Metadata?.Name == pod.Metadata?.NamespaceProperty) ns = candidate;
            }
            Enrollment e = EnrollmentRules.Evaluate(pod, ns);
            lines.Add($"pod {pod.Metadata?.NamespaceProperty}/{pod.Metadata?.Name}: intended {e.Intended}, actual {e.Actual}, mismatch {e.Mismatch}, source {e.Source}, {e.Reason}");
        }
        foreach (Gateway gateway in gateways)
        {
            WaypointUsers users = WaypointRules.Users(gateway, namespaces, ListOf(snapshot.Services), pods);
            lines.Add($"gateway {gateway.Metadata?.Name}: waypoint {WaypointRules.IsWaypoint(gateway)} for {WaypointRules.WaypointFor(gateway)}; "
                + $"{CanonicalText.Health(WaypointRules.Status(gateway))}; namespaces [{string.Join(",", users.Namespaces)}] services [{string.Join(",", users.Services)}] "
                + $"pods [{string.Join(",", users.Pods)}] waypoint pods [{string.Join(",", users.WaypointPods)}] addresses [{string.Join(",", WaypointRules.Addresses(gateway))}]");
        }
        OverviewSummary summary = OverviewRules.Summarize(new OverviewInput(daemons, namespaces, pods, gateways, ListOf(snapshot.NodeInfos), null));
        lines.Add(CanonicalText.Overview(summary));
        return string.Join("\n", lines);
    }

    /// <summary>Text: <c>METHOD PATH</c>, optionally a body after a newline.</summary>
    private static string Exec(string text)
    {
        int newline = text.IndexOf('\n');
        string head = newline < 0 ? text : text.Substring(0, newline);
        string? body = newline < 0 ? null : text.Substring(newline + 1);
        int space = head.IndexOf(' ');
        var request = new AdminRequest(head.Substring(0, space), head.Substring(space + 1), body);
        ExecCommandResult result = ExecCommand.Build(request);
        string proxy = PodProxyPath.Admin("kmesh-8hv7d", request.Path) ?? "null";
        return result.Argv is null ? $"rejected: {result.Error}\nproxy: {proxy}" : $"argv: {string.Join(" | ", result.Argv)}\nproxy: {proxy}";
    }

    /// <summary>Text: <c>strategy status</c> on the first line, the Headlamp message after it.</summary>
    private static string Failure(string text)
    {
        int newline = text.IndexOf('\n');
        string[] head = text.Substring(0, newline).Split(' ');
        TransportStrategy strategy = head[0] == "exec" ? TransportStrategy.Exec : TransportStrategy.PodProxy;
        var error = new HeadlampApiError(int.Parse(head[1]), text.Substring(newline + 1));
        return CanonicalText.Failure(FailureClassifier.FromHeadlampError(error, strategy, "kmesh-8hv7d"));
    }
}
