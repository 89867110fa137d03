using System;
using System.Collections.Generic;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using Kmesh.Model.Settings;
using k8s.Models;
using Kmesh.Plugin.Views.Settings;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Views.Nodes;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Sections.SectionsStrings;

namespace Kmesh.Plugin.Views.Sections;

[ObjectLiteral]
public sealed class NodeSectionProps
{
    public string? Key { get; set; }
    public V1Node? Node { get; set; }
}

/// <summary>Kmesh on Headlamp's Node page: the node's Kmesh daemon (health, image version, mode, IPsec SPI) and a link
/// to our Kmesh node page. Reads the daemon on this node, this node's KmeshNodeInfo and that daemon's /version.</summary>
public static class NodeSection
{
    public static readonly Func<NodeSectionProps, ReactElement?> Component = Render;

    public static ReactElement? Render(NodeSectionProps props)
    {
        string node = props.Node!.Metadata?.Name ?? "";
        KmeshSettings settings = KmeshConfig.Use();
        bool? installed = SectionSources.UseInstalled();
        bool? kmeshGroup = ApiGroups.UseServed(ApiGroups.Kmesh);
        Known<V1Pod?> daemon = SectionSources.DaemonOf(Lists.UseDaemonOn(node), node, settings);
        Known<KmeshNodeInfo> info = SectionSources.OfGet(KmeshResources.NodeInfo.UseGet(node, settings.Namespace), "kmeshnodeinfos", node, settings.Namespace);

        if (installed == false) return SectionFrame.NotInstalled(settings);
        if (!daemon.IsKnown) return SectionFrame.Box(SectionFrame.Daemon(daemon, null, node));
        if (daemon.Value is null) return SectionFrame.Box(Ui.Status("error", S.NoDaemon(node), null));
        NodeRow row = NodeRows.Build(new List<V1Pod> { daemon.Value }, Known<IReadOnlyList<KmeshNodeInfo>>.Of(new List<KmeshNodeInfo>()), DateTime.UtcNow, settings)[0];
        return El.Fragment(
            SectionFrame.Box(
                CommonComponents.NameValueTable(new NameValueTableProps
                {
                    Rows = new List<NameValueRow>
                    {
                        new NameValueRow { Name = S.NodeDaemon, Value = SectionFrame.Daemon(daemon, row.Status, node) },
                        new NameValueRow { Name = S.ImageVersion, Value = row.Version },
                        new NameValueRow { Name = S.Mode, Value = row.Mode },
                        new NameValueRow { Name = S.Spi, Value = Spi(info, kmeshGroup) },
                    },
                })),
            row.Status.Ready ? El.Component(AdminSection.Component, new AdminSectionProps { Pod = row.PodName, Key = row.PodName }) : null);
    }

    /// <summary>This node's SPI, or precisely why there is none: IPsec off (the type is not served), no object for
    /// this node, or the object could not be read.</summary>
    private static ReactElement Spi(Known<KmeshNodeInfo> info, bool? kmeshGroup)
    {
        if (kmeshGroup == false) return Ui.Secondary(IpsecRules.CrdMissing);
        if (info.IsNotInstalled) return Ui.Secondary(S.NoNodeInfo);
        if (!info.IsKnown) return SectionFrame.Unknown(info.Gap!);
        int? spi = info.Value!.Spec?.Spi;
        if (spi is null || !JsonTypes.IsNumber(spi)) return Ui.Secondary(IpsecRules.NoSpi);
        return Ui.Text(spi.Value.ToString());
    }
}
