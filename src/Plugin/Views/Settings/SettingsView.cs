using System;
using Headlamp.Bindings;
using Kmesh.Model.Settings;
using Kmesh.Plugin.Views.Operations;
using Kmesh.Plugin.Views.Sidebar;
using S = Kmesh.Plugin.Views.Settings.SettingsStrings;
using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Settings;

/// <summary>Settings → Plugins → kmesh-headlamp-plugin: each field is stored as typed, at once (no save button), in
/// Headlamp's ConfigStore; an invalid value says why and leaves its default in force.</summary>
public static class SettingsView
{
    public static ReactElement? Render(PluginSettingsProps props)
    {
        Tr.Use();
        StoredSettings? stored = KmeshConfig.UseStored();
        SettingsResult result = KmeshConfig.Resolve(stored);
        KmeshSettings d = KmeshSettings.Defaults;
        KmeshSettings now = result.Settings;
        bool readOnly = OperationsSettings.UseReadOnly();
        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.Title },
            Mui.Stack(new StackProps { Spacing = 2 },
                Mui.Typography(new TypographyProps { Variant = "body2" }, S.Intro),
                Field("kmesh-settings-namespace", S.Namespace, stored?.KmeshNamespace, d.Namespace, result, SettingsRules.NamespaceField,
                    value => SaveAndRefilter(new StoredSettings { KmeshNamespace = value })),
                Field("kmesh-settings-selector", S.Selector, stored?.DaemonSelector, d.DaemonSelector, result, SettingsRules.SelectorField,
                    value => SaveAndRefilter(new StoredSettings { DaemonSelector = value })),
                Field("kmesh-settings-container", S.Container, stored?.DaemonContainer, d.Container, result, SettingsRules.ContainerField,
                    value => KmeshConfig.Save(new StoredSettings { DaemonContainer = value })),
                Field("kmesh-settings-admin-port", S.AdminPort, stored?.AdminPort, d.AdminPort.ToString(), result, SettingsRules.AdminPortField,
                    value => KmeshConfig.Save(new StoredSettings { AdminPort = value })),
                Field("kmesh-settings-metrics-port", S.MetricsPort, stored?.MetricsPort, d.MetricsPort.ToString(), result, SettingsRules.MetricsPortField,
                    value => KmeshConfig.Save(new StoredSettings { MetricsPort = value })),
                Mui.FormControlLabel(new FormControlLabelProps
                {
                    Label = S.AllowExec,
                    Control = Mui.Switch(new SwitchProps
                    {
                        Id = "kmesh-settings-allow-exec",
                        Checked = now.AllowExec,
                        OnChange = e => KmeshConfig.Save(new StoredSettings { AllowExec = e.Target.Checked }),
                    }),
                }),
                now.AllowExec ? null : Mui.Alert(new AlertProps { Severity = "info" }, S.ExecOff),
                Mui.FormControlLabel(new FormControlLabelProps
                {
                    Label = S.ReadOnly,
                    Control = Mui.Switch(new SwitchProps
                    {
                        Id = "kmesh-settings-read-only",
                        Checked = readOnly,
                        OnChange = e => OperationsSettings.SetReadOnly(e.Target.Checked),
                    }),
                }),
                Mui.Typography(new TypographyProps { Variant = "body2", Color = "text.secondary" },
                    S.InForce(now.Namespace, now.DaemonSelector, now.Container, now.AdminPort, now.MetricsPort))));
    }

    /// <summary>A new namespace or selector may move where Kmesh is installed: the sidebar section follows.</summary>
    private static void SaveAndRefilter(StoredSettings partial)
    {
        KmeshConfig.Save(partial);
        SidebarGate.SettingsChanged();
    }

    private static ReactElement Field(string id, string label, string? typed, string fallback, SettingsResult result, string field, Action<string> save)
    {
        bool invalid = result.Errors.TryGetValue(field, out string? error);
        return Mui.TextField(new TextFieldProps
        {
            Id = id,
            Label = label,
            Value = typed ?? "",
            Placeholder = fallback,
            Size = "small",
            Variant = "outlined",
            FullWidth = true,
            Error = invalid,
            HelperText = invalid ? error : S.DefaultIs(fallback),
            OnChange = e => save(e.Target.Value),
        });
    }
}
