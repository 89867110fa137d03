using System;
using System.Collections.Generic;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using Kmesh.Model.Settings;
using k8s.Models;
using Kmesh.Model.Mesh;
using Kmesh.Model.Rules;
using Kmesh.Model.Membership;
using Kmesh.Model.Traffic;
using Kmesh.Plugin.Views.Mesh;
using Kmesh.Plugin.Views.Settings;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Traffic;
using S = Kmesh.Plugin.Views.Sections.SectionsStrings;

namespace Kmesh.Plugin.Views.Sections;

[ObjectLiteral]
public sealed class PodSectionProps
{
    public string? Key { get; set; }
    public V1Pod? Pod { get; set; }
}

/// <summary>"Explain this pod" on Headlamp's Pod page: meant to be in the mesh (and which label decides), managed,
/// why not, its node's daemon, its workload entry and traffic. Reads the pod's namespace, the daemon on its node,
/// and the dump and metrics of that one daemon.</summary>
public static class PodSection
{
    public static readonly Func<PodSectionProps, ReactElement?> Component = Render;

    public static ReactElement? Render(PodSectionProps props)
    {
        V1Pod pod = props.Pod!;
        string name = pod.Metadata?.Name ?? "";
        string ns = pod.Metadata?.NamespaceProperty ?? "";
        string node = pod.Spec?.NodeName ?? "";
        KmeshSettings settings = KmeshConfig.Use();
        bool? installed = SectionSources.UseInstalled();
        Known<V1Namespace> nsKnown = SectionSources.OfGet(ResourceClasses.Namespace.UseGet(ns, null), "namespaces", ns, null);
        Known<V1Pod?> daemon = SectionSources.DaemonOf(Lists.UseDaemonOn(node), node, settings);
        PodMeshExplanation explanation = PodMesh.Explain(pod, nsKnown, daemon, DateTime.UtcNow);
        V1Pod? daemonPod = daemon.IsKnown ? daemon.Value : null;
        bool dualEngine = daemonPod is not null && !DataplaneModeRules.FromPod(daemonPod).IsKernelNative;
        bool ask = dualEngine && explanation.Daemon!.Ready;
        var order = new List<DaemonCandidate>();
        if (ask) order.Add(new DaemonCandidate(daemonPod!.Metadata?.Name ?? "", node, true));
        var (load, model) = SectionDump.Use(order);
        TrafficFeed? feed = TrafficSampler.Use(ask ? daemonPod!.Metadata?.Name ?? "" : "");

        if (installed == false) return SectionFrame.NotInstalled(settings);
        WorkloadRow? row = model is null ? null : FindRow(model, ns, name);
        return SectionFrame.Box(
            Alerts(explanation),
            CommonComponents.NameValueTable(new NameValueTableProps { Rows = Rows(pod, explanation, nsKnown, daemon, node) }),
            SectionFrame.Heading(S.WorkloadEntry),
            Workload(load, model, row, daemonPod, explanation, ns, name),
            SectionFrame.Heading(S.Traffic),
            TrafficPart(feed, ask, daemonPod, ns, name, row));
    }

    private static ReactElement? Alerts(PodMeshExplanation e)
    {
        var alerts = new List<object?>();
        if (e.Why is not null) alerts.Add(Mui.Alert(new AlertProps { Severity = "warning" }, Mui.AlertTitle(S.VerdictTitle(e.Verdict)), Ui.Text(S.Sentence(e.Why))));
        if (e.Caveat is not null) alerts.Add(Ui.Warning(S.Sentence(e.Caveat)));
        return alerts.Count == 0 ? null : Mui.Box(new BoxProps { Mb = 1 }, Mui.Stack(new StackProps { Spacing = 1 }, alerts.ToArray()));
    }

    private static List<NameValueRow> Rows(V1Pod pod, PodMeshExplanation e, Known<V1Namespace> ns, Known<V1Pod?> daemon, string node)
    {
        WaypointChoice? waypoint = PodMesh.WaypointOf(pod.Metadata?.Labels, ns.IsKnown ? ns.Value!.Metadata?.Labels : null);
        return new List<NameValueRow>
        {
            new NameValueRow { Name = S.InMesh, Value = Ui.StatusWithReason(S.VerdictStatus(e.Verdict), S.VerdictLabel(e.Verdict), "") },
            new NameValueRow { Name = S.Intended, Value = Ui.Text(S.IntendedText(e.Intended, e.Decider)) },
            new NameValueRow { Name = S.Managed, Value = Ui.Text(e.Managed ? S.ManagedYes : S.ManagedNo) },
            new NameValueRow { Name = S.UseWaypoint, Value = SectionFrame.WaypointLabel(waypoint, ns, pod.Metadata?.NamespaceProperty ?? "") },
            new NameValueRow { Name = S.NodeDaemon, Value = SectionFrame.Daemon(daemon, e.Daemon, node) },
        };
    }

    private static WorkloadRow? FindRow(MeshModel model, string ns, string name)
    {
        foreach (WorkloadRow row in model.Workloads)
        {
            if (row.Pod is not null && row.Pod.Namespace == ns && row.Pod.Name == name) return row;
        }
        return null;
    }

    private static ReactElement? Workload(MeshLoad? load, MeshModel? model, WorkloadRow? row, V1Pod? daemonPod, PodMeshExplanation e, string ns, string name)
    {
        if (load is null)
        {
            if (daemonPod is null) return Ui.Secondary(S.NoDaemonToAsk);
            if (DataplaneModeRules.FromPod(daemonPod).IsKernelNative) return Ui.Secondary(S.KernelNative);
            if (!e.Daemon!.Ready) return Mui.Box(new BoxProps(), Ui.Secondary(S.DaemonNotReadyNoDump), Search(ns, name));
            return Ui.Loading(S.LoadingDump);
        }
        if (load.Dump is null || model is null) return SectionDump.Provenance(load);
        if (row is null) return Mui.Box(new BoxProps(), SectionDump.Provenance(load), Ui.Info(S.NotInDump(ns, name)));
        var policies = new List<ReactElement>();
        foreach (PolicyLink link in row.Policies) policies.Add(PolicyLine(model, link));
        var services = new List<ReactElement>();
        foreach (ServiceLink service in row.Services) services.Add(MeshLinks.Service(service));
        return Mui.Box(new BoxProps(),
            SectionDump.Provenance(load),
            CommonComponents.NameValueTable(new NameValueTableProps
            {
                Rows = new List<NameValueRow>
                {
                    new NameValueRow { Name = S.Protocol, Value = S.ProtocolText(row.Protocol) },
                    new NameValueRow { Name = S.DumpWaypoint, Value = SectionFrame.DumpWaypoint(row.Waypoint) },
                    new NameValueRow { Name = S.Services, Value = services.Count == 0 ? Ui.Secondary(MeshStrings.None) : MeshLinks.Lines(services) },
                    new NameValueRow { Name = S.Policies, Value = policies.Count == 0 ? Ui.Secondary(MeshStrings.None) : MeshLinks.Lines(policies) },
                    new NameValueRow { Name = S.WorkloadStatus, Value = Ui.Status(row.Healthy ? "success" : "error", row.Status, null) },
                    new NameValueRow { Name = S.Addresses, Value = row.Addresses },
                },
            }),
            Search(ns, name));
    }

    private static ReactElement PolicyLine(MeshModel model, PolicyLink link)
    {
        foreach (PolicyRow policy in model.Policies)
        {
            if (policy.Key != link.Key) continue;
            return Mui.Box(new BoxProps { Mb = 1 },
                Mui.Box(new BoxProps { Display = "flex", Gap = 1, AlignItems = "center" }, MeshLinks.Policy(link), Ui.Secondary(S.PolicyKind(policy.Action, policy.Scope))),
                Ui.Text(string.Join("; ", policy.Rules)));
        }
        return Mui.Box(new BoxProps(), MeshLinks.Policy(link), Ui.Secondary(S.PolicyNotInDump));
    }

    private static ReactElement Search(string ns, string name) =>
        CommonComponents.Link(new LinkProps { RouteName = RouteNames.Workloads, Search = MeshQueryString.Build("", ns + " " + name).Substring(1) }, S.OpenInWorkloads);

    private static ReactElement? TrafficPart(TrafficFeed? feed, bool asked, V1Pod? daemonPod, string ns, string name, WorkloadRow? row)
    {
        if (!asked) return Ui.Secondary(daemonPod is null ? S.NoDaemonToAsk : S.NoTraffic);
        if (feed is null || feed.Waiting) return Ui.Loading(S.LoadingTraffic);
        string inbound = TrafficTables.Summary(TrafficLookup.PodInbound(feed.Samples, ns, name));
        string outbound = row is null ? "" : TrafficTables.Summary(TrafficLookup.WorkloadOutbound(feed.Samples, ns, row.WorkloadName));
        return Mui.Box(new BoxProps(),
            TrafficTables.Notices(feed),
            CommonComponents.NameValueTable(new NameValueTableProps
            {
                Rows = new List<NameValueRow>
                {
                    new NameValueRow { Name = S.Inbound, Value = inbound.Length == 0 ? Ui.Secondary(S.NoneSeen) : Ui.Text(inbound) },
                    new NameValueRow { Name = S.Outbound, Value = outbound.Length == 0 ? Ui.Secondary(row is null ? S.OutboundNeedsEntry : S.NoneSeen) : Ui.Text(outbound) },
                },
            }),
            CommonComponents.Link(new LinkProps { RouteName = RouteNames.Traffic, Params = new RouteParams { Node = daemonPod!.Spec?.NodeName ?? "" } }, S.OpenTraffic));
    }
}
