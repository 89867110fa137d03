using System;
using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Shapes;
using Kmesh.Model.Settings;
using Kmesh.Model.Text;

namespace Kmesh.Model.Rules;

/// <summary>Everything the Overview reads, each source known or not. <see cref="Versions"/> holds <c>/version</c>
/// answers when fetched; otherwise the daemons' image tags are used.</summary>
public sealed record OverviewInput(
    Known<IReadOnlyList<V1Pod>> DaemonPods,
    Known<IReadOnlyList<V1Namespace>> Namespaces,
    Known<IReadOnlyList<V1Pod>> Pods,
    Known<IReadOnlyList<Gateway>> Gateways,
    Known<IReadOnlyList<KmeshNodeInfo>> NodeInfos,
    IReadOnlyList<DaemonVersionObservation>? Versions,
    DateTime Now,
    KmeshSettings? Settings = null);

/// <summary>A pod whose intended and actual Kmesh management disagree, and why it is (not) managed.</summary>
public sealed record EnrollmentMismatch(string Namespace, string Pod, bool Intended, bool Actual, string Reason);

/// <summary>Kinds of problems, worst first: the order the Overview lists them in.</summary>
public enum ProblemKind
{
    NoDaemons, CrashLoop, ImagePull, NotRunning, Unreadable, StaleKey, WaypointFailing,
    NotReady, Pending, Terminating, RecentRestart, NoNodeInfo, ModesDiffer, VersionSkew, Enrollment, WaypointPending, Rotation,
}

/// <summary>One problem. <see cref="Node"/> names the node it concerns ("" when it concerns no node).</summary>
public sealed record ProblemItem(string Node, string Text);

/// <summary>Problems of one kind. <see cref="Filter"/> is the Nodes list filter that shows exactly these nodes ("" when
/// the problem is not about nodes).</summary>
public sealed record ProblemGroup(ProblemKind Kind, HealthLevel Level, string Title, string Filter, IReadOnlyList<ProblemItem> Items);

public sealed record OverviewSummary(
    Known<int> DaemonsReady,
    Known<int> DaemonsTotal,
    IReadOnlyList<string> Modes,
    VersionSkew Versions,
    Known<IReadOnlyList<string>> EnrolledNamespaces,
    Known<int> PodsIntended,
    Known<int> PodsActual,
    IReadOnlyList<EnrollmentMismatch> Mismatches,
    Known<int> WaypointsProgrammed,
    Known<int> WaypointsTotal,
    Known<IpsecSummary> Ipsec,
    Health Health,
    IReadOnlyList<ProblemGroup> Groups,
    IReadOnlyList<string> UnknownSources)
{
    /// <summary>One line per group: its title, count and first items.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            var lines = new List<string>();
            foreach (ProblemGroup group in Groups)
            {
                var first = new List<string>();
                for (int i = 0; i < group.Items.Count && i < 3; i++) first.Add(OverviewRules.Describe(group.Items[i]));
                string more = group.Items.Count > 3 ? Say.T("; and {{count}} more", "count", group.Items.Count - 3) : "";
                lines.Add(Say.T("{{title}} ({{count}}): {{items}}{{more}}", "title", group.Title, "count", group.Items.Count, "items", string.Join("; ", first), "more", more));
            }
            return lines;
        }
    }
}

public static class OverviewRules
{
    public static string Describe(ProblemItem item) => item.Node.Length > 0 ? Say.T("node {{node}}: {{text}}", "node", item.Node, "text", item.Text) : item.Text;

    /// <summary>The Nodes list filter of a daemon condition; "" for a ready daemon.</summary>
    public static string FilterOf(DaemonCondition condition) => condition switch
    {
        DaemonCondition.CrashLoop => "crash-loop",
        DaemonCondition.ImagePull => "image-pull",
        DaemonCondition.NotRunning => "not-running",
        DaemonCondition.Unreadable => "unreadable",
        DaemonCondition.NotReady => "not-ready",
        DaemonCondition.Pending => "pending",
        DaemonCondition.Terminating => "terminating",
        DaemonCondition.RecentRestart => "restarted",
        _ => "",
    };

    public const string StaleKeyFilter = "stale-key";
    public const string NoNodeInfoFilter = "no-node-info";
    public const string VersionFilterPrefix = "version-";

    private static ProblemKind KindOf(DaemonCondition condition) => condition switch
    {
        DaemonCondition.CrashLoop => ProblemKind.CrashLoop,
        DaemonCondition.ImagePull => ProblemKind.ImagePull,
        DaemonCondition.NotRunning => ProblemKind.NotRunning,
        DaemonCondition.Unreadable => ProblemKind.Unreadable,
        DaemonCondition.NotReady => ProblemKind.NotReady,
        DaemonCondition.Pending => ProblemKind.Pending,
        DaemonCondition.Terminating => ProblemKind.Terminating,
        _ => ProblemKind.RecentRestart,
    };

    private static string TitleOf(ProblemKind kind) => kind switch
    {
        ProblemKind.NoDaemons => Say.T("No Kmesh daemons"),
        ProblemKind.CrashLoop => Say.T("Daemons crash-looping"),
        ProblemKind.ImagePull => Say.T("Daemons unable to pull their image"),
        ProblemKind.NotRunning => Say.T("Daemons not running"),
        ProblemKind.Unreadable => Say.T("Daemon pods with unreadable JSON"),
        ProblemKind.StaleKey => Say.T("Nodes with a stale IPsec key"),
        ProblemKind.WaypointFailing => Say.T("Waypoints failing"),
        ProblemKind.NotReady => Say.T("Daemons not ready"),
        ProblemKind.Pending => Say.T("Daemons pending"),
        ProblemKind.Terminating => Say.T("Daemons terminating"),
        ProblemKind.RecentRestart => Say.T("Daemons restarted in the last hour"),
        ProblemKind.NoNodeInfo => Say.T("Nodes without IPsec data"),
        ProblemKind.ModesDiffer => Say.T("Daemons in different modes"),
        ProblemKind.VersionSkew => Say.T("Daemons on another version"),
        ProblemKind.Enrollment => Say.T("Pods whose Kmesh management differs from their labels"),
        ProblemKind.WaypointPending => Say.T("Waypoints not yet programmed"),
        _ => Say.T("IPsec key rotation in progress"),
    };

    public static OverviewSummary Summarize(OverviewInput input)
    {
        var items = new Dictionary<ProblemKind, List<ProblemItem>>();
        var levels = new Dictionary<ProblemKind, HealthLevel>();
        var filters = new Dictionary<ProblemKind, string>();
        void Add(ProblemKind kind, HealthLevel level, string filter, ProblemItem item)
        {
            if (!items.TryGetValue(kind, out List<ProblemItem>? list))
            {
                list = new List<ProblemItem>();
                items[kind] = list;
                levels[kind] = level;
                filters[kind] = filter;
            }
            list.Add(item);
            levels[kind] = Health.Worst(levels[kind], level);
        }
        var unknown = new List<string>();
        Note(unknown, Say.T("daemon pods"), input.DaemonPods);
        Note(unknown, Say.T("namespaces"), input.Namespaces);
        Note(unknown, Say.T("pods"), input.Pods);
        Note(unknown, Say.T("gateways"), input.Gateways);
        Note(unknown, Say.T("KmeshNodeInfos"), input.NodeInfos);

        // Daemons, by node.
        var daemonStatus = new Dictionary<string, DaemonStatus>();
        var readiness = new List<DaemonReadiness>();
        var modes = new List<string>();
        var imageVersions = new List<DaemonVersionObservation>();
        int ready = 0;
        IReadOnlyList<V1Pod> daemons = input.DaemonPods.Or(new List<V1Pod>());
        foreach (V1Pod pod in daemons)
        {
            if (pod is null) continue;
            string node = DaemonHealthRules.NodeOf(pod);
            DaemonStatus status = DaemonHealthRules.Classify(pod, input.Now);
            daemonStatus[node] = status;
            readiness.Add(new DaemonReadiness(pod.Spec?.NodeName ?? "", status.Ready));
            if (status.Ready) ready++;
            if (status.Condition != DaemonCondition.Ready)
            {
                Add(KindOf(status.Condition), status.Health.Level, FilterOf(status.Condition), new ProblemItem(node, status.Health.Reason));
            }
            if (status.Condition == DaemonCondition.Unreadable) continue;
            string mode = DataplaneModeRules.FromPod(pod).Mode;
            if (!modes.Contains(mode)) modes.Add(mode);
            imageVersions.Add(new DaemonVersionObservation(pod.Metadata?.Name ?? "", node, VersionSkewRules.ImageVersion(pod, input.Settings)));
        }
        if (input.DaemonPods.IsKnown && daemons.Count == 0)
        {
            Add(ProblemKind.NoDaemons, HealthLevel.Red, "", new ProblemItem("", Say.T("no Kmesh daemon pods found in {{namespace}}", "namespace", (input.Settings ?? KmeshSettings.Defaults).Namespace)));
        }
        List<string> sortedModes = Meta.Sorted(modes);
        if (sortedModes.Count > 1) Add(ProblemKind.ModesDiffer, HealthLevel.Yellow, "", new ProblemItem("", Say.T("daemons run different modes: {{modes}}", "modes", string.Join(", ", sortedModes))));

        IReadOnlyList<DaemonVersionObservation> observations = input.Versions ?? imageVersions;
        VersionSkew skew = VersionSkewRules.Evaluate(observations);
        if (skew.Skewed)
        {
            string common = VersionSkewRules.MostCommon(skew);
            foreach (DaemonVersionObservation observation in SortedByNode(observations))
            {
                string version = observation.Version.Length == 0 ? "unknown" : observation.Version;
                if (version == common) continue;
                Add(ProblemKind.VersionSkew, HealthLevel.Yellow, VersionFilterPrefix + version,
                    new ProblemItem(observation.Node, Say.T("runs {{version}} (most daemons run {{common}})", "version", version, "common", common)));
            }
        }

        // Enrollment.
        var namespacesByName = new Dictionary<string, V1Namespace>();
        var enrolled = new List<string>();
        foreach (V1Namespace ns in input.Namespaces.Or(new List<V1Namespace>()))
        {
            string? name = ns?.Metadata?.Name;
            if (name is null || !JsonTypes.IsText(name)) continue;
            namespacesByName[name] = ns!;
            if (EnrollmentRules.NamespaceEnrolled(ns!)) enrolled.Add(name);
        }
        int intended = 0;
        int actual = 0;
        var mismatches = new List<EnrollmentMismatch>();
        bool enrollmentKnown = input.Pods.IsKnown && input.Namespaces.IsKnown;
        if (enrollmentKnown)
        {
            foreach (V1Pod pod in input.Pods.Value!)
            {
                if (pod is null || DaemonHealthRules.IsDaemonPod(pod, input.Settings) || PodShape.Problem(pod) is not null) continue;
                string podNamespace = pod.Metadata?.NamespaceProperty ?? "";
                namespacesByName.TryGetValue(podNamespace, out V1Namespace? ns);
                Enrollment enrollment = EnrollmentRules.Evaluate(pod, ns);
                if (enrollment.Intended) intended++;
                if (enrollment.Actual) actual++;
                if (enrollment.Mismatch)
                {
                    string reason = enrollment.Intended
                        ? EnrollmentRules.WhyNotManaged(pod, enrollment, input.DaemonPods.IsKnown ? daemonStatus : null)
                        : Say.T("managed (annotated {{redirectionAnnotation}}=enabled) although {{reason}}", "redirectionAnnotation", Meta.RedirectionAnnotation, "reason", enrollment.Reason);
                    mismatches.Add(new EnrollmentMismatch(podNamespace, pod.Metadata?.Name ?? "", enrollment.Intended, enrollment.Actual, reason));
                }
            }
        }
        mismatches.Sort((a, b) =>
        {
            int byNamespace = string.CompareOrdinal(a.Namespace, b.Namespace);
            return byNamespace != 0 ? byNamespace : string.CompareOrdinal(a.Pod, b.Pod);
        });
        foreach (EnrollmentMismatch m in mismatches)
        {
            Add(ProblemKind.Enrollment, HealthLevel.Yellow, "", new ProblemItem("", Say.T("pod {{namespace}}/{{pod}}: {{reason}}", "namespace", m.Namespace, "pod", m.Pod, "reason", m.Reason)));
        }

        // Waypoints.
        int waypoints = 0;
        int programmed = 0;
        foreach (Gateway gateway in input.Gateways.Or(new List<Gateway>()))
        {
            if (gateway is null || !WaypointRules.IsWaypoint(gateway)) continue;
            waypoints++;
            Health status = WaypointRules.Status(gateway);
            if (status.Level == HealthLevel.Green) programmed++;
            else
            {
                Add(status.Level == HealthLevel.Red ? ProblemKind.WaypointFailing : ProblemKind.WaypointPending, status.Level, "",
                    new ProblemItem("", Say.T("waypoint {{namespace}}/{{name}}: {{reason}}", "namespace", gateway.Metadata?.NamespaceProperty, "name", gateway.Metadata?.Name, "reason", status.Reason)));
            }
        }

        // IPsec.
        Known<IpsecSummary> ipsec;
        if (input.NodeInfos.IsKnown)
        {
            IpsecSummary summary = IpsecRules.Evaluate(input.NodeInfos.Value!, input.DaemonPods.IsKnown ? readiness : null, input.Now);
            ipsec = Known<IpsecSummary>.Of(summary);
            foreach (string node in summary.StaleNodes)
            {
                Add(ProblemKind.StaleKey, summary.Health.Level, StaleKeyFilter, new ProblemItem(node, Say.T("stale IPsec key (SPI {{spi}}){{daemon}}", "spi", SpiOf(summary, node), "daemon", DaemonNote(daemonStatus, node))));
            }
            if (summary.State == IpsecState.Rotating) Add(ProblemKind.Rotation, HealthLevel.Yellow, "", new ProblemItem("", summary.Health.Reason));
            foreach (string node in summary.NodesWithoutInfo)
            {
                Add(ProblemKind.NoNodeInfo, HealthLevel.Yellow, NoNodeInfoFilter, new ProblemItem(node, Say.T("its daemon has published no KmeshNodeInfo")));
            }
            foreach (string node in summary.NodesWithoutSpi)
            {
                Add(ProblemKind.NoNodeInfo, HealthLevel.Yellow, NoNodeInfoFilter, new ProblemItem(node, IpsecRules.NoSpi));
            }
        }
        else if (input.NodeInfos.IsNotInstalled)
        {
            var none = new List<string>();
            ipsec = Known<IpsecSummary>.Of(new IpsecSummary(IpsecState.Disabled, new List<SpiGroup>(), none, none, none, Health.Green(IpsecRules.CrdMissing)));
        }
        else ipsec = input.NodeInfos.As<IpsecSummary>();

        var groups = new List<ProblemGroup>();
        foreach (ProblemKind kind in Order)
        {
            if (items.TryGetValue(kind, out List<ProblemItem>? list))
            {
                string filter = filters[kind];
                if (kind == ProblemKind.VersionSkew) filter = SingleVersionFilter(list, filter);
                groups.Add(new ProblemGroup(kind, levels[kind], TitleOf(kind), filter, list));
            }
        }
        groups.Sort((a, b) => a.Level != b.Level ? (b.Level > a.Level ? 1 : -1) : (int)a.Kind - (int)b.Kind);

        HealthLevel level = HealthLevel.Green;
        foreach (ProblemGroup group in groups) level = Health.Worst(level, group.Level);
        Health overall;
        if (level == HealthLevel.Green)
        {
            overall = unknown.Count == 0 ? Health.Green(Say.T("Kmesh is healthy"))
                : Health.Yellow(Say.T("no problem found in what could be read; not known: {{sources}}", "sources", string.Join("; ", unknown)));
        }
        else
        {
            string first = groups[0].Items.Count == 1 ? Describe(groups[0].Items[0]) : Say.T("{{title}} ({{count}})", "title", groups[0].Title, "count", groups[0].Items.Count);
            string rest = groups.Count > 1 ? Say.T(", and {{count}} more kinds of problem", "count", groups.Count - 1) : "";
            overall = new Health(level, Say.T("{{first}}{{rest}}", "first", first, "rest", rest));
        }

        return new OverviewSummary(
            input.DaemonPods.IsKnown ? Known<int>.Of(ready) : input.DaemonPods.As<int>(),
            input.DaemonPods.IsKnown ? Known<int>.Of(daemons.Count) : input.DaemonPods.As<int>(),
            sortedModes, skew,
            input.Namespaces.IsKnown ? Known<IReadOnlyList<string>>.Of(Meta.Sorted(enrolled)) : input.Namespaces.As<IReadOnlyList<string>>(),
            enrollmentKnown ? Known<int>.Of(intended) : Unknown<int>(input.Pods, input.Namespaces),
            enrollmentKnown ? Known<int>.Of(actual) : Unknown<int>(input.Pods, input.Namespaces),
            mismatches,
            input.Gateways.IsKnown ? Known<int>.Of(programmed) : input.Gateways.As<int>(),
            input.Gateways.IsKnown ? Known<int>.Of(waypoints) : input.Gateways.As<int>(),
            ipsec, overall, groups, unknown);
    }

    private static readonly ProblemKind[] Order =
    {
        ProblemKind.NoDaemons, ProblemKind.CrashLoop, ProblemKind.ImagePull, ProblemKind.NotRunning, ProblemKind.Unreadable,
        ProblemKind.StaleKey, ProblemKind.WaypointFailing, ProblemKind.NotReady, ProblemKind.Pending, ProblemKind.Terminating,
        ProblemKind.RecentRestart, ProblemKind.NoNodeInfo, ProblemKind.ModesDiffer, ProblemKind.VersionSkew, ProblemKind.Enrollment,
        ProblemKind.WaypointPending, ProblemKind.Rotation,
    };

    private static void Note<T>(List<string> unknown, string source, Known<T> known)
    {
        if (!known.IsKnown && !known.IsNotInstalled) unknown.Add(Say.T("{{source}}: {{reason}}", "source", source, "reason", known.Reason));
    }

    private static Known<T> Unknown<T>(Known<IReadOnlyList<V1Pod>> pods, Known<IReadOnlyList<V1Namespace>> namespaces)
        => pods.IsKnown ? namespaces.As<T>() : pods.As<T>();

    private static string SpiOf(IpsecSummary summary, string node)
    {
        foreach (SpiGroup group in summary.Spis)
        {
            foreach (string member in group.Nodes)
            {
                if (member == node) return group.Spi.ToString();
            }
        }
        return "?";
    }

    private static string DaemonNote(Dictionary<string, DaemonStatus> daemons, string node)
    {
        if (daemons.Count == 0) return "";
        if (!daemons.TryGetValue(node, out DaemonStatus? status)) return Say.T("; no Kmesh daemon runs on it");
        return status.Ready ? "" : Say.T("; its daemon is not ready: {{reason}}", "reason", status.Health.Reason);
    }

    /// <summary>The version filter when every item is on the same version, else none.</summary>
    private static string SingleVersionFilter(List<ProblemItem> items, string first)
    {
        foreach (ProblemItem item in items)
        {
            if (!item.Text.StartsWith("runs " + first.Substring(VersionFilterPrefix.Length) + " ", StringComparison.Ordinal)) return "";
        }
        return first;
    }

    private static List<DaemonVersionObservation> SortedByNode(IReadOnlyList<DaemonVersionObservation> observations)
    {
        var list = new List<DaemonVersionObservation>(observations);
        list.Sort((a, b) => string.CompareOrdinal(a.Node, b.Node));
        return list;
    }
}
