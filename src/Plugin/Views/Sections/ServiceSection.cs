using System;
using System.Collections.Generic;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using Kmesh.Model.Settings;
using k8s.Models;
using Kmesh.Plugin.Views.Settings;
using Kmesh.Model.Mesh;
using Kmesh.Model.Rules;
using Kmesh.Model.Membership;
using Kmesh.Plugin.Views.Mesh;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Translations;
using S = Kmesh.Plugin.Views.Sections.SectionsStrings;

namespace Kmesh.Plugin.Views.Sections;

[ObjectLiteral]
public sealed class ServiceSectionProps
{
    public string? Key { get; set; }
    public V1Service? Service { get; set; }
}

/// <summary>Kmesh on Headlamp's Service page: the waypoint its label (or its namespace's) names, and the service as
/// the mesh knows it (VIPs, ports, waypoint, endpoints) from one daemon's dump. Reads the service's namespace, the
/// daemon list and one dump (shared with the mesh views).</summary>
public static class ServiceSection
{
    public static readonly Func<ServiceSectionProps, ReactElement?> Component = Render;

    public static ReactElement? Render(ServiceSectionProps props)
    {
        V1Service service = props.Service!;
        string name = service.Metadata?.Name ?? "";
        string ns = service.Metadata?.NamespaceProperty ?? "";
        KmeshSettings settings = KmeshConfig.Use();
        bool? installed = SectionSources.UseInstalled();
        Known<V1Namespace> nsKnown = SectionSources.OfGet(ResourceClasses.Namespace.UseGet(ns, null), "namespaces", ns, null);
        Known<IReadOnlyList<V1Pod>> daemons = Sources.UseKnown(Lists.UseDaemonPods(), "pods", settings.Namespace, null);
        List<DaemonCandidate> order = React.UseMemo(() =>
            daemons.IsKnown && !MeshDaemons.AllKernelNative(daemons.Value!) ? MeshDaemons.Order(daemons.Value!, "") : new List<DaemonCandidate>(),
            new object?[] { daemons, Tr.Language });
        var (load, model) = SectionDump.Use(order);

        if (installed == false) return SectionFrame.NotInstalled(settings);
        WaypointChoice? waypoint = PodMesh.WaypointOf(service.Metadata?.Labels, nsKnown.IsKnown ? nsKnown.Value!.Metadata?.Labels : null);
        ServiceRow? row = model is null ? null : FindRow(model, ns, name);
        return SectionFrame.Box(
            CommonComponents.NameValueTable(new NameValueTableProps
            {
                Rows = new List<NameValueRow>
                {
                    new NameValueRow { Name = S.UseWaypoint, Value = SectionFrame.WaypointLabel(waypoint, nsKnown, ns) },
                    new NameValueRow { Name = S.ClusterIps, Value = ClusterIps(service) },
                },
            }),
            SectionFrame.Heading(S.ServiceEntry),
            Entry(daemons, load, model, row, ns, name),
            SectionFrame.Heading(S.BpfEntry),
            Mui.Box(new BoxProps(), Ui.Secondary(S.BpfNotIdentifiable),
                CommonComponents.Link(new LinkProps { RouteName = RouteNames.BpfMaps }, S.OpenBpfMaps)));
    }

    private static ReactElement ClusterIps(V1Service service)
    {
        IList<string>? ips = service.Spec?.ClusterIPs;
        if (ips is not null && ips.Count > 0) return Ui.Text(string.Join(", ", ips));
        string? ip = service.Spec?.ClusterIP;
        return ip is null || ip.Length == 0 ? Ui.Secondary(MeshStrings.None) : Ui.Text(ip);
    }

    private static ServiceRow? FindRow(MeshModel model, string ns, string name)
    {
        foreach (ServiceRow row in model.Services)
        {
            if (row.Namespace == ns && row.Name == name) return row;
        }
        return null;
    }

    private static ReactElement? Entry(Known<IReadOnlyList<V1Pod>> daemons, MeshLoad? load, MeshModel? model, ServiceRow? row, string ns, string name)
    {
        if (!daemons.IsKnown && load is null) return SectionFrame.Unknown(daemons.Gap!);
        if (load is null)
        {
            if (daemons.Value!.Count == 0) return Ui.Secondary(S.NoDaemons);
            if (MeshDaemons.AllKernelNative(daemons.Value!)) return Ui.Secondary(S.KernelNative);
            if (MeshDaemons.ReadyNodes(daemons.Value!).Count == 0) return Ui.Secondary(MeshStrings.NoReadyDaemon);
            return Ui.Loading(S.LoadingDump);
        }
        if (load.Dump is null || model is null) return SectionDump.Provenance(load);
        if (row is null) return Mui.Box(new BoxProps(), SectionDump.Provenance(load), Ui.Info(S.ServiceNotInDump(ns, name)));
        var workloads = new List<ReactElement>();
        foreach (WorkloadLink workload in row.Workloads) workloads.Add(MeshLinks.Pod(MeshJoins.PodOf(workload.Uid), workload.Name));
        return Mui.Box(new BoxProps(),
            SectionDump.Provenance(load),
            CommonComponents.NameValueTable(new NameValueTableProps
            {
                Rows = new List<NameValueRow>
                {
                    new NameValueRow { Name = S.Hostname, Value = row.Hostname },
                    new NameValueRow { Name = S.Vips, Value = row.Vips.Length == 0 ? Ui.Secondary(MeshStrings.None) : Ui.Text(row.Vips) },
                    new NameValueRow { Name = S.Ports, Value = string.Join(", ", row.Ports) },
                    new NameValueRow { Name = S.DumpWaypoint, Value = SectionFrame.DumpWaypoint(row.Waypoint) },
                    new NameValueRow { Name = S.LoadBalancing, Value = row.LoadBalancing.Length == 0 ? Ui.Secondary(MeshStrings.None) : Ui.Text(row.LoadBalancing) },
                    new NameValueRow { Name = S.Endpoints(row.Workloads.Count), Value = workloads.Count == 0 ? Ui.Secondary(MeshStrings.None) : MeshLinks.Lines(workloads) },
                },
            }),
            CommonComponents.Link(new LinkProps { RouteName = RouteNames.Services, Search = MeshQueryString.Build("", row.Hostname).Substring(1) }, S.OpenInServices));
    }
}
