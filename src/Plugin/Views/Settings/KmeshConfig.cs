using CSharpToJs.Interop;
using Headlamp.Bindings;
using Kmesh.Model.Settings;

namespace Kmesh.Plugin.Views.Settings;

/// <summary>The connection settings as stored in Headlamp's ConfigStore under the plugin's name, exactly as typed
/// (so the settings page can show an invalid value with its message); absent fields mean the defaults.</summary>
[ObjectLiteral]
public sealed class StoredSettings
{
    public string? KmeshNamespace { get; set; }
    public string? DaemonSelector { get; set; }
    public string? DaemonContainer { get; set; }
    public string? AdminPort { get; set; }
    public string? MetricsPort { get; set; }
    public bool? AllowExec { get; set; }
}

/// <summary>The one accessor every view, section, column and map source reads the Kmesh settings through.</summary>
public static class KmeshConfig
{
    /// <summary>The plugin's name: Headlamp's key for its settings page and its ConfigStore.</summary>
    public const string Key = "kmesh-headlamp-plugin";

    /// <summary>The settings in force, re-rendering the caller when they change (a hook). The same object until the
    /// stored settings change, so it can stand in a memo's dependencies.</summary>
    public static KmeshSettings Use()
    {
        StoredSettings? stored = PluginConfigStore.UseConfig<StoredSettings>(Key);
        return React.UseMemo(() => Resolve(stored).Settings, new object?[] { stored });
    }

    /// <summary>The settings in force now, for code that runs outside a render (async calls, Headlamp's sidebar
    /// filter); a view reads <see cref="Use"/> so that it re-renders when they change.</summary>
    public static KmeshSettings Current() => Resolve(PluginConfigStore.Get<StoredSettings>(Key)).Settings;

    /// <summary>The stored values as typed (a hook), for the settings page.</summary>
    public static StoredSettings? UseStored() => PluginConfigStore.UseConfig<StoredSettings>(Key);

    public static SettingsResult Resolve(StoredSettings? stored) => SettingsRules.Resolve(stored is null ? null
        : new SettingsInput(stored.KmeshNamespace, stored.DaemonSelector, stored.DaemonContainer, stored.AdminPort, stored.MetricsPort, stored.AllowExec));

    /// <summary>Merges the given fields into the stored settings (Headlamp persists them).</summary>
    public static void Save(StoredSettings partial) => PluginConfigStore.Update(Key, partial);
}
