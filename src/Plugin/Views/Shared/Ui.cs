using Headlamp.Bindings;
using Kmesh.Plugin.Views.Settings;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>Small building blocks every view uses, so failures and loading look the same everywhere.</summary>
public static class Ui
{
    /// <summary>A failure inside the view: what failed, the precise cause and, when known, how to fix it.</summary>
    public static ReactElement Failure(string title, string message, string? hint) =>
        Mui.Alert(new AlertProps { Severity = "error" },
            Mui.AlertTitle(title),
            Mui.Typography(new TypographyProps { Variant = "body2" }, message),
            hint is null ? null : Mui.Typography(new TypographyProps { Variant = "body2", Color = "text.secondary" }, hint));

    public static ReactElement Warning(string message) =>
        Mui.Alert(new AlertProps { Severity = "warning" }, message);

    public static ReactElement Info(string message) =>
        Mui.Alert(new AlertProps { Severity = "info" }, message);

    public static ReactElement Loading(string title) => CommonComponents.Loader(new LoaderProps { Title = title });

    /// <summary>A colour-coded status: "success", "warning" or "error", with its reason as a tooltip.</summary>
    public static ReactElement Status(string status, string label, string? reason) =>
        reason is null || reason.Length == 0
            ? CommonComponents.StatusLabel(new StatusLabelProps { Status = status }, label)
            : Mui.Tooltip(new TooltipProps { Title = reason },
                CommonComponents.StatusLabel(new StatusLabelProps { Status = status }, label));

    /// <summary>A status with its reason spelled out next to it (dashboards, detail pages).</summary>
    public static ReactElement StatusWithReason(string status, string label, string reason) =>
        Mui.Box(new BoxProps { Display = "flex", Gap = 1, AlignItems = "center", FlexWrap = "wrap" },
            CommonComponents.StatusLabel(new StatusLabelProps { Status = status }, label),
            Secondary(reason));

    public static ReactElement Text(string text) => Mui.Typography(new TypographyProps { Variant = "body2" }, text);

    public static ReactElement Secondary(string text) =>
        Mui.Typography(new TypographyProps { Variant = "body2", Color = "text.secondary" }, text);

    public static ReactElement ExternalLink(string label, string url) =>
        Mui.Button(new ButtonProps { Href = url, Target = "_blank", Rel = "noopener noreferrer", Size = "small" }, label);

    /// <summary>The friendly page shown when Kmesh is absent.</summary>
    public static ReactElement NotInstalled(string title) =>
        CommonComponents.SectionBox(new SectionBoxProps { Title = title },
            Mui.Alert(new AlertProps { Severity = "info" },
                Mui.AlertTitle(SharedStrings.NotInstalledTitle),
                Mui.Typography(new TypographyProps { Variant = "body2" }, SharedStrings.NotInstalledBody(KmeshConfig.Current().DaemonSelector, KmeshConfig.Current().Namespace)),
                Mui.Typography(new TypographyProps { Variant = "body2" }, SharedStrings.InstallHint)),
            Mui.Box(new BoxProps { Mt = 2, Display = "flex", Gap = 1 },
                ExternalLink(SharedStrings.InstallDocs, SharedStrings.InstallDocsUrl),
                ExternalLink(SharedStrings.KmeshDocs, SharedStrings.KmeshDocsUrl)));
}
