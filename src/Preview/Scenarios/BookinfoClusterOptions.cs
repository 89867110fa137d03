namespace Kmesh.Preview.Scenarios;

/// <summary>The knobs that turn the three-node Bookinfo cluster into each small scenario.</summary>
public sealed record BookinfoClusterOptions(
    KmeshMode Mode,
    bool KmeshInstalled,
    bool IpsecEnabled,
    bool WithWaypoint,
    bool Degraded,
    bool ImageHasCurl);
