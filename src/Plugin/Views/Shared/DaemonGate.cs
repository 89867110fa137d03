using System.Collections.Generic;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;
using Kmesh.Plugin.Views.Settings;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>What a per-node view shows before it has daemon pods to work with: the list's failure, loading, or
/// "Kmesh is not installed"; null once there are daemons.</summary>
public static class DaemonGate
{
    /// <summary>A hook (call it on every render, before any early return): it asks once whether the user may list
    /// the daemon pods, so a forbidden list says so before Headlamp's retries end.</summary>
    public static ReactElement? Use(ListState<V1Pod> daemons, int podCount, string title)
    {
        string ns = KmeshConfig.Current().Namespace;
        bool? mayList = ListAccess.UseAllowed("", "pods", ns);
        Known<IReadOnlyList<V1Pod>> known = Sources.Of(daemons, "pods", ns, null, mayList);
        if (!known.IsKnown) return SourceUi.Section<V1Pod>(title, known, SharedStrings.Loading, null, _ => null);
        return podCount == 0 ? Ui.NotInstalled(title) : null;
    }
}
