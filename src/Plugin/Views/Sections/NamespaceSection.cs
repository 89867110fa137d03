using System;
using System.Collections.Generic;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using Kmesh.Model.Settings;
using k8s.Models;
using Kmesh.Plugin.Views.Settings;
using Kmesh.Model.Rules;
using Kmesh.Model.Membership;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Views.Mesh;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Translations;
using S = Kmesh.Plugin.Views.Sections.SectionsStrings;

namespace Kmesh.Plugin.Views.Sections;

[ObjectLiteral]
public sealed class NamespaceSectionProps
{
    public string? Key { get; set; }
    public V1Namespace? Namespace { get; set; }
}

[ObjectLiteral]
public sealed class WaypointStateProps
{
    public string? Namespace { get; set; }
    public string? Name { get; set; }
}

/// <summary>Kmesh on Headlamp's Namespace page: the enrollment label and what it does, the waypoint it names and
/// whether istiod programmed it, and the namespace's pods meant to be and actually in the mesh, with each mismatch
/// and its reason. Reads this namespace's pods, the daemon pods (for the reasons) and the one named Gateway.</summary>
public static class NamespaceSection
{
    public static readonly Func<NamespaceSectionProps, ReactElement?> Component = Render;

    public static ReactElement? Render(NamespaceSectionProps props)
    {
        V1Namespace ns = props.Namespace!;
        string name = ns.Metadata?.Name ?? "";
        KmeshSettings settings = KmeshConfig.Use();
        bool? installed = SectionSources.UseInstalled();
        Known<IReadOnlyList<V1Pod>> pods = Sources.UseKnown(ResourceClasses.Pod.UseList(new ListQuery { Namespace = name }), "pods", name, null);
        Known<IReadOnlyList<V1Pod>> daemons = Sources.UseKnown(Lists.UseDaemonPods(), "pods", settings.Namespace, null);
        NamespaceMeshExplanation? explanation = React.UseMemo<NamespaceMeshExplanation?>(() =>
            pods.IsKnown ? NamespaceMesh.Explain(ns, pods.Value!, daemons.IsKnown ? NamespaceMesh.DaemonsByNode(daemons.Value!, DateTime.UtcNow) : null) : null,
            new object?[] { ns, pods, daemons, Tr.Language });

        if (installed == false) return SectionFrame.NotInstalled(settings);
        string? label = Meta.Value(ns.Metadata?.Labels, Meta.DataplaneModeLabel);
        string? waypoint = Meta.Value(ns.Metadata?.Labels, Meta.UseWaypointLabel);
        bool enrolled = EnrollmentRules.NamespaceEnrolled(ns);
        return SectionFrame.Box(
            SourceUi.Warnings(daemons.Gap),
            CommonComponents.NameValueTable(new NameValueTableProps
            {
                Rows = new List<NameValueRow>
                {
                    new NameValueRow { Name = S.EnrollmentLabel, Value = Ui.StatusWithReason(enrolled ? "success" : "warning", label is null ? S.NoLabel : Meta.DataplaneModeLabel + "=" + label, "") },
                    new NameValueRow { Name = S.Effect, Value = Ui.Text(S.Sentence(NamespaceMesh.Effect(label, enrolled))) },
                    new NameValueRow { Name = S.UseWaypoint, Value = waypoint is null ? Ui.Secondary(S.NoWaypointLabel)
                        : El.Component(WaypointCell, new WaypointStateProps { Namespace = name, Name = waypoint }) },
                    new NameValueRow { Name = S.PodsRow, Value = explanation is null
                        ? SectionFrame.Unknown(pods.Gap ?? new SourceGap(KnownState.Loading, pods.Reason))
                        : Ui.Text(S.PodCounts(explanation.Pods, explanation.Intended, explanation.Managed)) },
                },
            }),
            explanation is null || explanation.Mismatches.Count == 0 ? null : SectionFrame.Heading(S.Mismatches(explanation.Mismatches.Count)),
            explanation is null || explanation.Mismatches.Count == 0 ? null : Mismatches(name, explanation.Mismatches));
    }

    private static readonly Func<WaypointStateProps, ReactElement?> WaypointCell = RenderWaypoint;

    /// <summary>The named Gateway, read alone (a component of its own, so it is asked only when a label names it).</summary>
    private static ReactElement? RenderWaypoint(WaypointStateProps props)
    {
        string ns = props.Namespace ?? "";
        string name = props.Name ?? "";
        Known<Gateway> gateway = SectionSources.OfGet(KmeshResources.Gateway.UseGet(name, ns), "gateways", name, ns);
        ReactElement link = SectionFrame.WaypointLink(ns, name);
        if (gateway.State == KnownState.Loading) return Mui.Box(new BoxProps { Display = "flex", Gap = 1 }, link, Ui.Secondary(SharedStrings.Loading));
        if (!gateway.IsKnown && !gateway.IsNotInstalled) return Mui.Box(new BoxProps { Display = "flex", Gap = 1 }, link, SectionFrame.Unknown(gateway.Gap!));
        WaypointState state = NamespaceMesh.Waypoint(name, ns, gateway.IsKnown ? gateway.Value : null);
        return Mui.Box(new BoxProps { Display = "flex", Gap = 1, AlignItems = "center", FlexWrap = "wrap" },
            link, Ui.StatusWithReason(Lists.StatusOf(state.Health.Level), S.WaypointStatus(state), state.Health.Reason));
    }

    private static ReactElement Mismatches(string ns, IReadOnlyList<PodMismatch> mismatches) =>
        CommonComponents.SimpleTable(new SimpleTableProps<PodMismatch>
        {
            Columns = new List<TableColumn<PodMismatch>>
            {
                new TableColumn<PodMismatch> { Label = S.ColPod, Getter = m => MeshLinks.Pod(new Kmesh.Model.Mesh.PodRef(ns, m.Pod), m.Pod) },
                new TableColumn<PodMismatch> { Label = S.ColNode, Getter = m => MeshLinks.Node(m.Node) },
                new TableColumn<PodMismatch> { Label = S.Intended, Getter = m => m.Intended ? S.Yes : S.No },
                new TableColumn<PodMismatch> { Label = S.Managed, Getter = m => m.Managed ? S.Yes : S.No },
                new TableColumn<PodMismatch> { Label = S.ColWhy, Getter = m => S.Sentence(m.Why) },
            },
            Data = new List<PodMismatch>(mismatches),
        });
}
