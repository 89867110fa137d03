using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using CSharpToJs.Interop;
using k8s.Models;
using Kmesh.Model.Canonical;
using Kmesh.Model.Mesh;
using Kmesh.Model.Membership;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Model;
using Kmesh.Model.Transport;
using Kmesh.Model.Settings;
using Kmesh.Model.Map;

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
    /// <summary>The moment the rules are judged at (a week after the fixtures' cluster came up).</summary>
    private static readonly DateTime Now = new DateTime(2025, 12, 10, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Twenty minutes after the snapshot daemons' last restart.</summary>
    private static readonly DateTime RecentRestartNow = new DateTime(2025, 12, 10, 8, 40, 0, DateTimeKind.Utc);

    public static void Run(IReadOnlyList<DriverCase> cases, Action<string> print)
    {
        foreach (DriverCase item in cases)
        {
            print("=== " + item.Name);
            if (item.Kind == "cluster") print(Cluster(JsonShapes.Parse<ClusterSnapshot>(item.Text)));
            else if (item.Kind == "exec") print(Exec(item.Text));
            else if (item.Kind == "failure") print(Failure(item.Text));
            else if (item.Kind == "mesh") print(MeshText.Render(item.Text));
            else if (MeshDriver.Handles(item.Kind)) print(MeshDriver.Render(item.Kind, item.Text));
            else if (SectionsDriver.Handles(item.Kind)) print(SectionsDriver.Render(item.Kind, item.Text));
            else if (item.Kind == "exec-output") print(ExecOutputFailure(item.Text));
            else if (item.Kind == "unreadable") print(Unreadable(item.Text));
            else if (item.Kind == "pod-list-page") print(PodListPageText(item.Text));
            else if (item.Kind == "ipsec-nodes") print(IpsecNodesText(item.Text));
            else if (item.Kind.StartsWith("ops-")) print(OperationsDriver.Run(item.Kind, item.Text));
            else print(CanonicalCatalog.Render(item.Kind, item.Text));
        }
    }

    /// <summary>Kmesh installed elsewhere, as the plugin settings can say; validated like the settings form.</summary>
    private static readonly KmeshSettings Moved =
        SettingsRules.Resolve(new SettingsInput("mesh-dataplane", "app.kubernetes.io/name=kmesh", "daemon", "15300", "9090", false)).Settings;

    private static List<T> ListOf<T>(IList<T>? items) => items is null ? new List<T>() : new List<T>(items);

    /// <summary>The Kmesh column's verdicts: each pod with its namespaces read and forbidden, each namespace with its
    /// pods read and still loading.</summary>
    private static List<string> MapLines(MapGraph graph)
    {
        var lines = new List<string>();
        foreach (MapNode node in graph.Nodes) lines.Add($"map node {node.Id} {node.Key} {node.Status} {node.Subtitle}");
        foreach (MapEdge edge in graph.Edges) lines.Add($"map edge {edge.Source} -> {edge.Target}");
        return lines;
    }

    private static List<string> MembershipLines(List<V1Pod> pods, List<V1Namespace> namespaces)
    {
        var lines = new List<string>();
        var byName = Known<Dictionary<string, V1Namespace>>.Of(MembershipRules.ByName(namespaces));
        var noNamespaces = Known<Dictionary<string, V1Namespace>>.Forbidden("Your account may not list namespaces.");
        foreach (V1Pod pod in pods)
        {
            MembershipVerdict read = MembershipRules.ForPod(pod, byName);
            MembershipVerdict forbidden = MembershipRules.ForPod(pod, noNamespaces);
            lines.Add($"member pod {pod.Metadata?.Name}: {read.State} \"{read.Word}\" {read.Detail} | without namespaces {forbidden.State} {forbidden.Detail}");
        }
        var byNamespace = Known<Dictionary<string, List<V1Pod>>>.Of(MembershipRules.ByNamespace(pods));
        var loading = Known<Dictionary<string, List<V1Pod>>>.Loading(Unknowns.Loading);
        foreach (V1Namespace ns in namespaces)
        {
            MembershipVerdict read = MembershipRules.ForNamespace(ns, byNamespace);
            MembershipVerdict pending = MembershipRules.ForNamespace(ns, loading);
            lines.Add($"member namespace {ns.Metadata?.Name}: {read.State} \"{read.Word}\" {read.Detail} | pods loading {pending.State} {pending.Detail}");
        }
        return lines;
    }

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
            lines.Add($"daemon {daemon.Metadata?.Name}: {CanonicalText.Health(DaemonHealthRules.ForPod(daemon, Now))}; mode {mode.Mode} (args: {mode.FromArgs}); image {VersionSkewRules.ImageVersion(daemon)}");
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
        lines.AddRange(MembershipLines(pods, namespaces));
        lines.AddRange(MapLines(MeshMap.Waypoints(gateways, namespaces, ListOf(snapshot.Services), pods)));
        var nodes = new List<V1Node>();
        foreach (V1Pod daemon in daemons) nodes.Add(new V1Node { Metadata = new V1ObjectMeta { Name = daemon.Spec?.NodeName, Uid = "node-" + daemon.Spec?.NodeName } });
        lines.AddRange(MapLines(MeshMap.Daemons(nodes, daemons, ListOf(snapshot.NodeInfos), Now)));
        foreach (V1Pod daemon in daemons)
        {
            lines.Add($"daemon pod {daemon.Metadata?.Name}: by default {DaemonHealthRules.IsDaemonPod(daemon)}, moved {DaemonHealthRules.IsDaemonPod(daemon, Moved)}; image {VersionSkewRules.ImageVersion(daemon, Moved)}");
        }
        foreach (Gateway gateway in gateways)
        {
            WaypointUsers users = WaypointRules.Users(gateway, namespaces, ListOf(snapshot.Services), pods);
            lines.Add($"gateway {gateway.Metadata?.Name}: waypoint {WaypointRules.IsWaypoint(gateway)} for {WaypointRules.WaypointFor(gateway)}; "
                + $"{CanonicalText.Health(WaypointRules.Status(gateway))}; namespaces [{string.Join(",", users.Namespaces)}] services [{string.Join(",", users.Services)}] "
                + $"pods [{string.Join(",", users.Pods)}] waypoint pods [{string.Join(",", users.WaypointPods)}] addresses [{string.Join(",", WaypointRules.Addresses(gateway))}]");
        }
        foreach (string requested in new[] { "", "kmesh-worker2", "kmesh-worker", "elsewhere" })
        {
            var order = new List<string>();
            foreach (DaemonCandidate candidate in MeshDaemons.Order(daemons, requested)) order.Add($"{candidate.Node}={candidate.Pod}{(candidate.Ready ? "" : " (not ready)")}");
            lines.Add($"mesh daemons for \"{requested}\": {string.Join(", ", order)}; ready nodes {string.Join(",", MeshDaemons.ReadyNodes(daemons))}; all kernel-native {MeshDaemons.AllKernelNative(daemons)}");
        }
        OverviewSummary summary = OverviewRules.Summarize(new OverviewInput(Known<IReadOnlyList<V1Pod>>.Of(daemons), Known<IReadOnlyList<V1Namespace>>.Of(namespaces),
            Known<IReadOnlyList<V1Pod>>.Of(pods), Known<IReadOnlyList<Gateway>>.Of(gateways), Known<IReadOnlyList<KmeshNodeInfo>>.Of(ListOf(snapshot.NodeInfos)), null, Now));
        lines.Add(CanonicalText.Overview(summary));
        // The same cluster with the daemons' pods forbidden, and again with KmeshNodeInfo forbidden.
        var forbiddenPods = Known<IReadOnlyList<V1Pod>>.Forbidden("Your account may not list pods in namespace kmesh-system.");
        lines.Add(CanonicalText.Overview(OverviewRules.Summarize(new OverviewInput(forbiddenPods, Known<IReadOnlyList<V1Namespace>>.Of(namespaces),
            forbiddenPods, Known<IReadOnlyList<Gateway>>.Of(gateways), Known<IReadOnlyList<KmeshNodeInfo>>.Of(ListOf(snapshot.NodeInfos)), null, Now))));
        lines.Add(CanonicalText.Overview(OverviewRules.Summarize(new OverviewInput(Known<IReadOnlyList<V1Pod>>.Of(daemons), Known<IReadOnlyList<V1Namespace>>.Of(namespaces),
            Known<IReadOnlyList<V1Pod>>.Of(pods), Known<IReadOnlyList<Gateway>>.NotInstalled("not served"),
            Known<IReadOnlyList<KmeshNodeInfo>>.Forbidden("Your account may not list kmeshnodeinfos in namespace kmesh-system."), null, Now))));
        foreach (V1Pod daemon in daemons)
        {
            DaemonStatus status = DaemonHealthRules.Classify(daemon, RecentRestartNow);
            lines.Add($"at {RecentRestartNow:o} daemon {daemon.Metadata?.Name}: ready {status.Ready}, {status.Condition}, {CanonicalText.Health(status.Health)}");
        }
        IpsecSummary rotation = IpsecRules.Evaluate(ListOf(snapshot.NodeInfos), new List<DaemonReadiness>
        {
            new DaemonReadiness("kmesh-control-plane", true), new DaemonReadiness("kmesh-worker", true), new DaemonReadiness("kmesh-worker2", true),
        }, new DateTime(2025, 12, 3, 9, 16, 0, DateTimeKind.Utc));
        lines.Add($"ipsec right after the change: {rotation.State}, {CanonicalText.Health(rotation.Health)}");
        return string.Join("\n", lines);
    }

    /// <summary>A generated cluster of <c>nodes</c> KmeshNodeInfos (JSON, as the API server sends them) and daemons for
    /// one IPsec situation: <c>agreed</c>, <c>stale</c> (1 in 97 nodes on an older SPI, 1 in 211 daemons not ready),
    /// <c>rotating</c> (the same, every daemon ready, changed a minute before <see cref="Now"/>), <c>old</c> (every
    /// daemon ready, changed a day before), <c>unknown-daemons</c> (daemons not read), <c>none</c> (no KmeshNodeInfo),
    /// <c>no-spi</c> (none has a number). In every one some nodes publish nothing, some no SPI, some daemons are
    /// unscheduled or share a node.</summary>
    public static (List<KmeshNodeInfo> Infos, List<DaemonReadiness>? Daemons) IpsecCluster(string situation, int nodes)
    {
        var json = new System.Text.StringBuilder("{\"nodeInfos\":[");
        string changed = situation == "rotating" ? "2025-12-10T08:59:00Z" : "2025-12-09T09:00:00Z";
        bool first = true;
        for (int i = 0; i < nodes && situation != "none"; i++)
        {
            if (i % 53 == 7) continue;
            string spi = situation == "no-spi" || i % 41 == 3 ? "" : $",\"spi\":{(situation != "agreed" && (i * 7919) % 97 == 5 ? 2 : 3)}";
            string fields = i % 3 == 0 ? $",\"managedFields\":[{{\"manager\":\"kmesh\",\"time\":\"{(i == 12 ? changed : "2025-12-01T10:00:00Z")}\"}}]" : "";
            json.Append(first ? "" : ",").Append($"{{\"metadata\":{{\"name\":\"node-{(i * 7919) % nodes}\",\"creationTimestamp\":\"2025-11-20T08:00:00Z\"{fields}}},\"spec\":{{\"addresses\":[\"172.20.0.{i % 250}\"]{spi}}}}}");
            first = false;
        }
        json.Append("]}");
        var infos = new List<KmeshNodeInfo>(JsonShapes.Parse<ClusterSnapshot>(json.ToString()).NodeInfos ?? new List<KmeshNodeInfo>());
        if (situation == "unknown-daemons") return (infos, null);
        var daemons = new List<DaemonReadiness>();
        bool allReady = situation == "rotating" || situation == "old";
        for (int i = 0; i < nodes; i++)
        {
            daemons.Add(new DaemonReadiness(i % 389 == 11 ? "" : $"node-{i}", allReady || i % 211 != 17));
            if (i % 601 == 2) daemons.Add(new DaemonReadiness($"node-{i}", true));
        }
        return (infos, daemons);
    }

    /// <summary>What <see cref="IpsecRules.Nodes"/> marks against <see cref="IpsecRules.Evaluate"/>'s lists, which it
    /// must equal once sorted. Text: the situation and the number of nodes.</summary>
    public static string IpsecNodesText(string text)
    {
        string[] parts = text.Split(' ');
        var (infos, daemons) = IpsecCluster(parts[0], int.Parse(parts[1]));
        IpsecSummary summary = IpsecRules.Evaluate(infos, daemons, Now);
        IpsecNodes nodes = IpsecRules.Nodes(infos, daemons, Now);
        return $"{summary.State} {nodes.State}; without info {Same(summary.NodesWithoutInfo, nodes.NodesWithoutInfo)}; stale {Same(summary.StaleNodes, nodes.StaleNodes)}; "
            + $"without spi {Same(summary.NodesWithoutSpi, nodes.NodesWithoutSpi)}";
    }

    private static string Same(IReadOnlyList<string> sorted, IReadOnlyList<string> unsorted)
    {
        List<string> resorted = Meta.Sorted(unsorted);
        if (resorted.Count != sorted.Count) return $"DIFFERENT: {sorted.Count} vs {resorted.Count}";
        for (int i = 0; i < sorted.Count; i++)
        {
            if (resorted[i] != sorted[i]) return $"DIFFERENT at {i}: {sorted[i]} vs {resorted[i]}";
        }
        return $"{sorted.Count} same";
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
        string moved = PodProxyPath.Admin("kmesh-8hv7d", request.Path, Moved) ?? "null";
        string metrics = PodProxyPath.Metrics("kmesh-8hv7d", Moved) ?? "null";
        return result.Argv is null ? $"rejected: {result.Error}\nproxy: {proxy}" : $"argv: {string.Join(" | ", result.Argv)}\nproxy: {proxy}\nmoved: {moved} {metrics}";
    }

    /// <summary>Text: stdout, a newline, stderr (both may be empty).</summary>
    private static string ExecOutputFailure(string text)
    {
        int newline = text.IndexOf('\n');
        var output = new ExecOutput(text.Substring(0, newline), text.Substring(newline + 1), null);
        Parsed<AdminResponse> parsed = HttpResponseParser.Parse(output.Stdout);
        AdminFailure failure = FailureClassifier.FromExecOutput(output, "kmesh-8hv7d", parsed.Error);
        return $"{failure.Title}\n{CanonicalText.Failure(failure)}";
    }

    /// <summary>A /version body that cannot be read, as the node page reports it.</summary>
    private static string PodListPageText(string text)
    {
        Parsed<Kmesh.Model.Sources.PodListPage> page = Kmesh.Model.Sources.PodListPageReader.Read(text);
        if (page.Value is null) return "error " + page.Error;
        return $"nodes {string.Join(",", page.Value.Nodes)}\nkernel-native {string.Join(",", page.Value.KernelNative)}\ncontinue {page.Value.Continue}";
    }

    private static string Unreadable(string text)
    {
        Parsed<Kmesh.Model.Sources.DaemonVersion> version = Kmesh.Model.Sources.DaemonVersion.Read(text);
        AdminFailure failure = FailureClassifier.Unreadable("kmesh-8hv7d", AdminRequest.Get("/version"), version.Error!);
        return $"{failure.Title}\n{CanonicalText.Failure(failure)}";
    }

    /// <summary>Text: <c>strategy status</c> on the first line, the Headlamp message after it.</summary>
    private static string Failure(string text)
    {
        int newline = text.IndexOf('\n');
        string[] head = text.Substring(0, newline).Split(' ');
        TransportStrategy strategy = head[0] == "exec" ? TransportStrategy.Exec : TransportStrategy.PodProxy;
        var error = new HeadlampApiError(int.Parse(head[1]), text.Substring(newline + 1));
        AdminResponse? relayed = strategy == TransportStrategy.PodProxy ? FailureClassifier.RelayedAnswer(error) : null;
        AdminFailure? failure = relayed is null ? FailureClassifier.FromHeadlampError(error, strategy, "kmesh-8hv7d")
            : FailureClassifier.FromResponse(relayed, AdminRequest.Get("/version"), "kmesh-8hv7d");
        AdminFailure movedFailure = FailureClassifier.FromHeadlampError(error, strategy, "kmesh-8hv7d", Moved);
        return $"{failure?.Title}\n{CanonicalText.Failure(failure)}\nmoved: {CanonicalText.Failure(movedFailure)}";
    }
}
