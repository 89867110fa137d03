using System.Collections.Generic;
using System.Threading.Tasks;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using Kmesh.Model.Operations;
using Kmesh.Model.Rules;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Operations.OperationsStrings;

namespace Kmesh.Plugin.Views.Operations;

[ObjectLiteral]
public sealed class WaypointDeleteProps
{
    public string? Namespace { get; set; }
    public string? Name { get; set; }
    public WaypointUsers? Users { get; set; }
    /// <summary>Why the users could not be determined (a list is forbidden or still loading), when they could not.</summary>
    public string? UsersUnknown { get; set; }
}

/// <summary>"Delete waypoint", with a warning listing what still routes through it.</summary>
public static class WaypointDelete
{
    public static readonly System.Func<WaypointDeleteProps, ReactElement?> Component = Render;

    public static ReactElement? Render(WaypointDeleteProps props)
    {
        string ns = props.Namespace ?? "";
        string name = props.Name ?? "";
        bool readOnly = OperationsSettings.UseReadOnly();
        AccessAnswer? mayDelete = Permissions.UseAccess(Permission.Gateways("delete", ns));
        var (open, setOpen) = React.UseState(false);
        var (result, setResult) = React.UseState<WriteResult?>(null);
        if (readOnly) return null;
        var button = Mui.Box(new BoxProps { Mt = 2, Display = "flex", Gap = 2, AlignItems = "center" },
            Mui.Button(new ButtonProps { Variant = "outlined", Color = "error", Disabled = mayDelete?.Allowed != true, OnClick = () => { setResult(null); setOpen(true); } }, S.DeleteWaypoint),
            Permissions.Caption(mayDelete));
        if (!open) return button;
        System.Action close = () => setOpen(false);
        string? warning = props.Users is null ? null : WaypointManifest.DeleteWarning(props.Users);
        return El.Fragment(button, Mui.Dialog(new DialogProps { Open = true, OnClose = close, MaxWidth = "md", FullWidth = true },
            Mui.DialogTitle(S.DeleteTitle),
            Mui.DialogContent(
                Mui.Typography(new TypographyProps { Variant = "body1", GutterBottom = true }, S.DeleteChange(ns, name)),
                props.UsersUnknown is not null ? Ui.Warning(S.UsersUnknown(props.UsersUnknown)) : warning is null ? Ui.Secondary(S.NoUsers) : Ui.Warning(warning),
                result is null ? Ui.Secondary(S.NothingSent) : WaypointCreate.ResultTable(new List<WriteResult> { result })),
            Mui.DialogActions(
                Mui.Button(new ButtonProps { OnClick = close }, result is null ? S.Cancel : S.Close),
                result is not null ? null : Mui.Button(new ButtonProps { Variant = "contained", Color = "error", OnClick = () => { _ = Remove(ns, name, setResult); } }, S.Delete))));
    }

    private static async Task Remove(string ns, string name, System.Action<WriteResult?> setResult)
    {
        setResult(await ResourceWrite.Delete($"Gateway {ns}/{name} {S.Deleted}", WaypointManifest.GatewayPath(ns, name)));
    }
}
