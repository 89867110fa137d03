using System;
using System.Collections.Generic;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Model.Shapes;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Translations;
using S = Kmesh.Plugin.Views.Nodes.NodesStrings;
using Kmesh.Plugin.Views.Settings;

namespace Kmesh.Plugin.Views.Nodes;

/// <summary>One row per node running Kmesh (daemon pods merged with KmeshNodeInfo), optionally filtered by a status
/// from the route (<c>/kmesh/nodes/status/crash-loop</c>), which the Overview's "and N more" links use.</summary>
public static class NodesView
{
    public static ReactElement? Render()
    {
        RouteParams route = ReactRouter.UseParams();
        string filter = route.Status ?? "";
        bool? kmeshGroup = ApiGroups.UseServed(ApiGroups.Kmesh);
        Known<IReadOnlyList<V1Pod>> daemons = Sources.UseKnown(Lists.UseDaemonPods(), "pods", KmeshConfig.Current().Namespace, null);
        Known<IReadOnlyList<KmeshNodeInfo>> infos = Sources.UseKnown(Lists.UseNodeInfos(), "kmeshnodeinfos", KmeshConfig.Current().Namespace, kmeshGroup);
        List<NodeRow> all = React.UseMemo(() => daemons.IsKnown ? NodeRows.Build(daemons.Value!, infos, DateTime.UtcNow, KmeshConfig.Current()) : new List<NodeRow>(),
            new object?[] { daemons, infos, Tr.Language });
        List<NodeRow> rows = React.UseMemo(() => NodeRows.Filter(all, filter), new object?[] { all, filter });
        List<ListColumn<NodeRow>> columns = React.UseMemo(() => Columns(), new object?[] { Tr.Language });
        ReactElement table = ListTable.Use(columns, rows, SearchText, r => r.PodName, S.NoneMatch);

        if (!daemons.IsKnown) return SourceUi.Section<V1Pod>(S.Title, daemons, S.Loading, null, _ => null);
        if (daemons.Value!.Count == 0) return Ui.NotInstalled(S.Title);
        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title },
            SourceUi.Warnings(infos.Gap),
            filter.Length == 0 ? null : Mui.Box(new BoxProps { Mb = 2, Display = "flex", Gap = 2, AlignItems = "center" },
                Ui.Text(S.Filtered(filter, rows.Count, all.Count)),
                CommonComponents.Link(new LinkProps { RouteName = RouteNames.Nodes }, S.ShowAll)),
            table);
    }

    /// <summary>The columns: each sorts by its text; the age by the creation time.</summary>
    public static List<ListColumn<NodeRow>> Columns() => new List<ListColumn<NodeRow>>
    {
        new ListColumn<NodeRow>(S.ColNode, r => r.Node, r => Links.KmeshNode(r.Node), true),
        new ListColumn<NodeRow>(S.ColPod, r => r.PodName, r => Links.Pod(KmeshConfig.Current().Namespace, r.PodName, r.PodName), true),
        new ListColumn<NodeRow>(S.ColStatus, r => StatusText(r.Status) + "\n" + r.Status.Health.Reason, r => StatusLabel(r.Status), true, r => StatusText(r.Status)),
        new ListColumn<NodeRow>(S.ColVersion, r => r.Version, null, true, r => r.Version),
        new ListColumn<NodeRow>(S.ColMode, r => r.Mode, null, true, r => r.Mode),
        new ListColumn<NodeRow>(S.ColSpi, r => KnownText(r.Spi), r => SourceUi.Cell(r.Spi, v => v), true),
        new ListColumn<NodeRow>(S.ColAddresses, r => KnownText(r.Addresses), r => SourceUi.Cell(r.Addresses, v => v), true),
        new ListColumn<NodeRow>(S.ColPodCidrs, r => KnownText(r.PodCidrs), r => SourceUi.Cell(r.PodCidrs, v => v), true),
        new ListColumn<NodeRow>(S.ColAge, r => PodJson.CreationTimestamp(r.Pod), r => Created(r.Pod), true),
    };

    /// <summary>What a row is found by: every column's text, lower-cased.</summary>
    public static string SearchText(NodeRow r) =>
        (r.Node + " " + r.PodName + " " + StatusText(r.Status) + " " + r.Version + " " + r.Mode + " " + KnownText(r.Spi) + " "
            + KnownText(r.Addresses) + " " + KnownText(r.PodCidrs)).ToLowerInvariant();

    private static string KnownText(Known<string> known) => known.IsKnown ? known.Value! : known.Reason;

    private static string StatusText(DaemonStatus status)
    {
        StatusWords words = StatusWords.Current();
        return status.Condition == DaemonCondition.Unreadable ? words.Unreadable : status.Ready ? words.Ready : words.NotReady;
    }

    /// <summary>The status words in the current language, translated once per language: the sort, the column filter's
    /// values and the search read them for every one of thousands of rows.</summary>
    private sealed record StatusWords(string Language, string Ready, string NotReady, string Unreadable)
    {
        private static StatusWords? last;

        public static StatusWords Current()
        {
            string language = Tr.Language;
            if (last is null || last.Language != language) last = new StatusWords(language, S.Ready, S.NotReady, S.Unreadable);
            return last;
        }
    }

    /// <summary>"Ready" or "Not ready" from the pod's Ready condition, coloured by the daemon's health, with the
    /// reason as a tooltip.</summary>
    public static ReactElement StatusLabel(DaemonStatus status) =>
        Ui.Status(Lists.StatusOf(status.Health.Level), StatusText(status), status.Health.Reason);

    /// <summary>Headlamp's relative date with the full time on hover; nothing when the pod has no creation time.</summary>
    public static ReactElement? Created(V1Pod pod)
    {
        string created = PodJson.CreationTimestamp(pod);
        return created.Length == 0 ? null : CommonComponents.DateLabel(new DateLabelProps { Date = created });
    }

    /// <summary>A short age ("5m", "3h", "2d") of a moment before <paramref name="now"/>.</summary>
    public static string Ago(DateTime moment, DateTime now)
    {
        double minutes = Math.Floor((now - moment).TotalMinutes);
        if (minutes < 60) return $"{(minutes < 0 ? 0 : minutes)}m";
        if (minutes < 60 * 24) return $"{Math.Floor(minutes / 60)}h";
        return $"{Math.Floor(minutes / (60 * 24))}d";
    }
}
