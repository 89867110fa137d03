using System.Collections.Generic;
using System.Threading.Tasks;
using Headlamp.Bindings;
using Kmesh.Model.Settings;
using Kmesh.Plugin.Views.Settings;
using Kmesh.Plugin.Views.Shared;

namespace Kmesh.Plugin.Views.Sidebar;

/// <summary>Hides the Kmesh sidebar section in a cluster where Kmesh is not installed. The answer is cached per
/// cluster (and per configured namespace and selector): one small list the first time the sidebar shows a cluster.
/// While the answer is unknown (not yet probed, forbidden, failed) the section stays.</summary>
public static class SidebarGate
{
    private const int TimeoutMs = 15000;
    private static readonly Dictionary<string, bool> Answers = new Dictionary<string, bool>();
    private static readonly HashSet<string> Asked = new HashSet<string>();
    private static System.Action? refreshSection;

    /// <summary>Headlamp's sidebar filter: called for every in-cluster entry on each sidebar render.
    /// <paramref name="refresh"/> re-registers the section's entry, which makes the sidebar filter again.</summary>
    public static SidebarEntryInfo? Filter(SidebarEntryInfo entry, System.Action refresh)
    {
        if (entry.Name != RouteNames.Sidebar) return entry;
        refreshSection = refresh;
        string? cluster = HeadlampUtils.GetCluster();
        if (cluster is null) return entry;
        KmeshSettings settings = KmeshConfig.Current();
        string key = $"{cluster}\n{settings.Namespace}\n{settings.DaemonSelector}";
        if (Answers.TryGetValue(key, out bool installed)) return installed ? entry : null;
        if (Asked.Add(key)) _ = Probe(key, settings, refresh);
        return entry;
    }

    /// <summary>The Kmesh namespace or daemon selector changed: the sidebar filters again, so it asks (once) whether
    /// Kmesh is installed where the settings now point.</summary>
    public static void SettingsChanged() => refreshSection?.Invoke();

    private static async Task Probe(string key, KmeshSettings settings, System.Action refresh)
    {
        (int status, string body, string? error) = await ApiProxy.GetText(InstallProbe.Path(settings, WebText.EncodeUriComponent(settings.DaemonSelector)), TimeoutMs);
        bool? installed = InstallProbe.Installed(status, body, error);
        if (installed is null) return;
        Answers[key] = installed.Value;
        // The sidebar recomputes its entries when an entry is (re-)registered: the filter then reads the answer.
        if (!installed.Value) refresh();
    }
}
