namespace Kmesh.Plugin.Views.Map;

/// <summary>The map sources' user-visible labels.</summary>
public static class MapStrings
{
    public const string Kmesh = "Kmesh";
    public const string Waypoints = "Kmesh waypoints";
    public const string Daemons = "Kmesh daemons";
}
