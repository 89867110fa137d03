using System.Collections.Generic;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>What a per-node view shows before it has daemon pods to work with: the list's failure, loading, or
/// "Kmesh is not installed"; null once there are daemons.</summary>
public static class DaemonGate
{
    /// <summary>A hook (call it on every render, before any early return): it asks once whether the user may list
    /// the daemon pods, so a forbidden list says so before Headlamp's retries end.</summary>
    public static ReactElement? Use(ListState<V1Pod> daemons, int podCount, string title)
    {
        bool? mayList = ListAccess.UseAllowed("", "pods", Meta.KmeshNamespace);
        Known<IReadOnlyList<V1Pod>> known = Sources.Of(daemons, "pods", Meta.KmeshNamespace, null, mayList);
        if (!known.IsKnown) return SourceUi.Section<V1Pod>(title, known, SharedStrings.Loading, null, _ => null);
        return podCount == 0 ? Ui.NotInstalled(title) : null;
    }
}
