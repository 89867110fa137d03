using CSharpToJs.Interop;
using k8s.Models;

namespace Kmesh.Plugin.Views.Operations;

/// <summary>The kmesh container's timestamps as the API server sent them (ISO strings for Headlamp's date helpers).</summary>
[External]
public static class ContainerTimes
{
    [Template("((((({pod}.status || {}).containerStatuses || []).find((c) => c && c.name === 'kmesh') || {}).lastState || {}).terminated || {}).finishedAt || ''")]
    public static extern string LastFinishedAt(V1Pod pod);

    /// <summary>When the current container started (its last restart when it has restarted).</summary>
    [Template("((((({pod}.status || {}).containerStatuses || []).find((c) => c && c.name === 'kmesh') || {}).state || {}).running || {}).startedAt || ''")]
    public static extern string RunningSince(V1Pod pod);
}
