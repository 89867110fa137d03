using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>pluginLib.ConfigStore (Headlamp's per-plugin configuration in its Redux store, persisted by Headlamp).
/// Older Headlamp versions without it read as an empty configuration.</summary>
[External]
public static class PluginConfigStore
{
    /// <summary>The configuration object stored under <paramref name="key"/>, reactively (a hook); null when unset.</summary>
    [Template("(pluginLib.ConfigStore ? new pluginLib.ConfigStore({key}).useConfig()() : null)")]
    public static extern T? UseConfig<T>(string key) where T : class;

    /// <summary>The configuration stored under <paramref name="key"/> now (not a hook); null when unset.</summary>
    [Template("(pluginLib.ConfigStore ? (new pluginLib.ConfigStore({key}).get() || null) : null)")]
    public static extern T? Get<T>(string key) where T : class;

    /// <summary>Merges <paramref name="partial"/> into the configuration stored under <paramref name="key"/>.</summary>
    [Template("(pluginLib.ConfigStore ? new pluginLib.ConfigStore({key}).update({partial}) : undefined)")]
    public static extern void Update<T>(string key, T partial);
}
