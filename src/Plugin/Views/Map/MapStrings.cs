using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Map;

/// <summary>The map sources' user-visible labels.</summary>
public static class MapStrings
{
    public static string Kmesh => Tr.T("Kmesh");
    public static string Waypoints => Tr.T("Kmesh waypoints");
    public static string Daemons => Tr.T("Kmesh daemons");
}
