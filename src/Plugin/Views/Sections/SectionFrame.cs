using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Settings;
using Kmesh.Plugin.Views.Settings;
using Kmesh.Model.Mesh;
using Kmesh.Model.Rules;
using Kmesh.Model.Membership;
using Kmesh.Plugin.Views.Mesh;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Sections.SectionsStrings;

namespace Kmesh.Plugin.Views.Sections;

/// <summary>What every Kmesh section on a Headlamp details page looks like: one "Kmesh" box, or one quiet line when
/// Kmesh is not installed; the node's daemon cell and the waypoint link they share.</summary>
public static class SectionFrame
{
    public static ReactElement Box(params object?[] children) =>
        CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title }, children);

    /// <summary>The one quiet line: no box, no alert.</summary>
    public static ReactElement NotInstalled(KmeshSettings settings) =>
        Mui.Box(new BoxProps { P = 1 }, Ui.Secondary(S.NotInstalled(settings.Namespace)));

    public static ReactElement Heading(string text) =>
        Mui.Box(new BoxProps { Mt = 2 }, Mui.Typography(new TypographyProps { Variant = "h6" }, text));

    /// <summary>The daemon on a node: its health with the reason, its pod and a link to our Kmesh node page; or why it
    /// is unknown, or that none runs there.</summary>
    public static ReactElement Daemon(Known<V1Pod?> daemon, DaemonStatus? status, string node)
    {
        if (node.Length == 0) return Ui.Secondary(S.NotScheduled);
        if (!daemon.IsKnown) return Unknown(daemon.Gap ?? new SourceGap(KnownState.Failed, daemon.Reason));
        if (daemon.Value is null || status is null) return Ui.Status("error", S.NoDaemon(node), null);
        string pod = daemon.Value.Metadata?.Name ?? "";
        return Mui.Box(new BoxProps { Display = "flex", FlexDirection = "column", Gap = 1 },
            Ui.StatusWithReason(Lists.StatusOf(status.Health.Level), status.Ready ? S.DaemonReady : S.DaemonNotReady, status.Health.Reason),
            Mui.Box(new BoxProps { Display = "flex", Gap = 2 },
                CommonComponents.Link(new LinkProps { RouteName = RouteNames.Node, Params = new RouteParams { Name = node } }, S.KmeshNodePage(node)),
                CommonComponents.Link(new LinkProps { RouteName = RouteNames.HeadlampPod, Params = new RouteParams { Namespace = daemon.Value.Metadata?.NamespaceProperty ?? "", Name = pod } }, pod)));
    }

    /// <summary>The waypoint an <c>istio.io/use-waypoint</c> label names (and whose label), none, or unknown when no own
    /// label decides and the namespace could not be read.</summary>
    public static ReactElement WaypointLabel(WaypointChoice? waypoint, Known<V1Namespace> ns, string nsName)
    {
        if (waypoint is not null)
        {
            return Mui.Box(new BoxProps { Display = "flex", Gap = 1, AlignItems = "center" },
                WaypointLink(nsName, waypoint.Name), Ui.Secondary(waypoint.OwnLabel ? S.OwnLabel : S.NamespaceLabel));
        }
        if (!ns.IsKnown) return Unknown(ns.Gap ?? new SourceGap(KnownState.Failed, ns.Reason));
        return Ui.Secondary(S.NoWaypointLabel);
    }

    /// <summary>A waypoint as a dump names it: the Gateway it implies, linked to our waypoint page (which says whether
    /// that Gateway exists; a section lists no Gateways to check), with the dump's address; else the address alone.</summary>
    public static ReactElement DumpWaypoint(WaypointLink waypoint)
    {
        if (waypoint.None) return Ui.Secondary(MeshStrings.None);
        if (!waypoint.HasGateway) return Ui.Text(waypoint.Text);
        return Mui.Box(new BoxProps { Display = "flex", Gap = 1, AlignItems = "center" },
            WaypointLink(waypoint.GatewayNamespace, waypoint.GatewayName),
            waypoint.Text == waypoint.GatewayNamespace + "/" + waypoint.GatewayName ? null : Ui.Secondary("(" + waypoint.Text + ")"));
    }

    /// <summary>A value that could not be read, with the precise reason spelled out (a details page has room for it).</summary>
    public static ReactElement Unknown(SourceGap gap) =>
        gap.State == KnownState.Loading ? Ui.Secondary(SharedStrings.Loading) : Ui.StatusWithReason("warning", Unknowns.Word, gap.Reason);

    public static ReactElement WaypointLink(string ns, string name) =>
        CommonComponents.Link(new LinkProps { RouteName = RouteNames.Waypoint, Params = new RouteParams { Namespace = ns, Name = name } }, ns + "/" + name);
}
