using System.Collections.Generic;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using Kmesh.Model.Operations;

namespace Kmesh.Plugin.Views.Operations;

/// <summary>The plugin's configuration as stored in Headlamp's ConfigStore under the plugin's name.</summary>
[ObjectLiteral]
public sealed class OperationsConfig
{
    /// <summary>true hides every control that changes the cluster.</summary>
    public bool? ReadOnly { get; set; }
    /// <summary>Switch values set from this plugin (per cluster and node, with time).</summary>
    public IList<StoredSwitch>? Switches { get; set; }
}

/// <summary>A remembered switch as plain JSON (Headlamp persists the configuration as JSON).</summary>
[ObjectLiteral]
public sealed class StoredSwitch
{
    public string? Cluster { get; set; }
    public string? Node { get; set; }
    public string? Switch { get; set; }
    public bool? Enabled { get; set; }
    public string? SetAt { get; set; }
}

/// <summary>The one place that reads and writes the operations settings (a settings page can reuse it).</summary>
public static class OperationsSettings
{
    public const string Key = "kmesh-headlamp-plugin";

    /// <summary>The global read-only setting (a hook).</summary>
    public static bool UseReadOnly() => PluginConfigStore.UseConfig<OperationsConfig>(Key)?.ReadOnly == true;

    /// <summary>Switch values remembered for every cluster (a hook).</summary>
    public static List<RememberedSwitch> UseRememberedSwitches() => FromStored(PluginConfigStore.UseConfig<OperationsConfig>(Key)?.Switches);

    /// <summary>The remembered switches now (outside render, e.g. when an answer arrives).</summary>
    public static List<RememberedSwitch> CurrentSwitches() => FromStored(PluginConfigStore.Get<OperationsConfig>(Key)?.Switches);

    private static List<RememberedSwitch> FromStored(IList<StoredSwitch>? stored)
    {
        var result = new List<RememberedSwitch>();
        if (stored is null) return result;
        foreach (StoredSwitch item in stored)
        {
            result.Add(new RememberedSwitch(item.Cluster ?? "", item.Node ?? "", item.Switch ?? "", item.Enabled == true, item.SetAt ?? ""));
        }
        return result;
    }

    public static void SetReadOnly(bool readOnly) => PluginConfigStore.Update(Key, new OperationsConfig { ReadOnly = readOnly });

    public static void SaveSwitches(List<RememberedSwitch> switches)
    {
        var stored = new List<StoredSwitch>();
        foreach (RememberedSwitch item in switches)
        {
            stored.Add(new StoredSwitch { Cluster = item.Cluster, Node = item.Node, Switch = item.Switch, Enabled = item.Enabled, SetAt = item.SetAt });
        }
        PluginConfigStore.Update(Key, new OperationsConfig { Switches = stored });
    }
}
