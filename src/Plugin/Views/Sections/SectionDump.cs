using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Mesh;
using Kmesh.Plugin.Views.Mesh;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Translations;
using S = Kmesh.Plugin.Views.Sections.SectionsStrings;

namespace Kmesh.Plugin.Views.Sections;

/// <summary>The mesh as a details-page section sees it: the dump the mesh views already read (shared through
/// <see cref="MeshFetch"/>'s cache), else one read from the daemons given, in order; joined once.</summary>
public static class SectionDump
{
    /// <summary>A hook: the load (null while reading or when <paramref name="order"/> is empty) and its model.
    /// Each daemon of the cluster holds every workload, so any answer serves any object.</summary>
    public static (MeshLoad? Load, MeshModel? Model) Use(List<DaemonCandidate> order)
    {
        string cluster = HeadlampUtils.GetCluster() ?? "";
        var (load, setLoad) = React.UseState<MeshLoad?>(MeshFetch.Cached(cluster, ""));
        var pods = new List<string>();
        foreach (DaemonCandidate candidate in order) pods.Add(candidate.Pod);
        string orderKey = string.Join(",", pods);
        React.UseEffect(() =>
        {
            var request = new Request();
            MeshLoad? cached = MeshFetch.Cached(cluster, "");
            if (cached is not null) setLoad(cached);
            else if (order.Count > 0) _ = MeshFetch.Run(cluster, "", order, request, setLoad);
            return () => request.Cancelled = true;
        }, new object?[] { cluster, orderKey });
        MeshLoad? current = load is not null && load.Cluster == cluster ? load : null;
        MeshModel? model = React.UseMemo<MeshModel?>(() => current?.Dump is null ? null : MeshJoins.Build(current.Dump, null), new object?[] { current?.Dump, Tr.Language });
        return (current, model);
    }

    /// <summary>Where the dump came from, or each daemon's failure.</summary>
    public static ReactElement? Provenance(MeshLoad load)
    {
        var parts = new List<object?>();
        foreach (MeshAttempt attempt in load.Attempts)
        {
            parts.Add(load.Dump is null ? Ui.Failure(attempt.Title, attempt.Message, attempt.Hint) : Ui.Warning(MeshStrings.FellBack(attempt.Node, attempt.Pod, attempt.Message)));
        }
        if (load.Dump is not null) parts.Add(Ui.Secondary(S.DumpFrom(load.Node, load.Pod)));
        return Mui.Stack(new StackProps { Spacing = 1 }, parts.ToArray());
    }
}
