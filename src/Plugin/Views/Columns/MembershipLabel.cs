using Headlamp.Bindings;
using Kmesh.Model.Membership;

namespace Kmesh.Plugin.Views.Columns;

/// <summary>A membership verdict as one status label (its word) with the facts behind it on hover.</summary>
public static class MembershipLabel
{
    public static ReactElement Render(MembershipVerdict membership) =>
        Mui.Tooltip(new TooltipProps { Title = membership.Detail },
            CommonComponents.StatusLabel(new StatusLabelProps { Status = StatusOf(membership.State) }, membership.Word));

    /// <summary>The map's and the label's status: managed is success, intended-but-not-managed an error, unknown a
    /// warning; not enrolled (and enrolled with nothing to manage) is no status at all.</summary>
    public static string StatusOf(MeshState state) =>
        state == MeshState.Managed ? "success"
        : state == MeshState.IntendedNotManaged ? "error"
        : state == MeshState.Unknown ? "warning"
        : "";
}
