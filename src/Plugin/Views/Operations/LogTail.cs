using System.Collections.Generic;
using System.Threading.Tasks;
using Headlamp.Bindings;
using Kmesh.Model.Operations;
using Kmesh.Model.Rules;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Settings;

namespace Kmesh.Plugin.Views.Operations;

/// <summary>A bounded tail of the kmesh container's log read through Headlamp's pod log API, or why it could not be read.</summary>
public sealed record LogTailState(bool Loaded, List<LogLine> Lines, string? Error, bool Absent);

public static class LogTail
{
    public const int Lines = 200;

    /// <summary>Loads the tail for <paramref name="pod"/> (a hook); reloads when <paramref name="generation"/> changes.</summary>
    public static LogTailState UseTail(string pod, bool previous, bool wanted, int generation)
    {
        var (state, setState) = React.UseState(new LogTailState(false, new List<LogLine>(), null, false));
        React.UseEffect(() =>
        {
            var request = new Request();
            if (wanted) _ = Load(pod, previous, request, setState);
            else setState(new LogTailState(true, new List<LogLine>(), null, true));
            return () => request.Cancelled = true;
        }, new object?[] { pod, previous, wanted, generation });
        return state;
    }

    private static async Task Load(string pod, bool previous, Request request, System.Action<LogTailState> setState)
    {
        (int status, string body, string? error) = await ApiProxy.GetText(DaemonLog.LogPath(KmeshConfig.Current().Namespace, pod, Lines, previous), 20000);
        if (request.Cancelled) return;
        if (error is null)
        {
            setState(new LogTailState(true, DaemonLog.Read(body), null, false));
            return;
        }
        if (previous && status == 400 && error.Contains("previous terminated container"))
        {
            setState(new LogTailState(true, new List<LogLine>(), null, true));
            return;
        }
        string message = status == 403
            ? OperationsStrings.LogForbidden(KmeshConfig.Current().Namespace)
            : OperationsStrings.LogFailed(status, error);
        setState(new LogTailState(true, new List<LogLine>(), message, false));
    }
}
