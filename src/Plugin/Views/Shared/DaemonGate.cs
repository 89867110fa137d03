using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Rules;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>What a per-node view shows before it has daemon pods to work with: the list's failure, loading, or
/// "Kmesh is not installed"; null once there are daemons.</summary>
public static class DaemonGate
{
    public static ReactElement? Check(ListState<V1Pod> daemons, int podCount, string title)
    {
        if (daemons.Error is not null)
        {
            return CommonComponents.SectionBox(new SectionBoxProps { Title = title },
                Ui.Failure(title, ListErrors.Describe(daemons.Error, "pods", Meta.KmeshNamespace), null));
        }
        if (daemons.Items is null) return Ui.Loading(SharedStrings.Loading);
        return podCount == 0 ? Ui.NotInstalled(title) : null;
    }
}
