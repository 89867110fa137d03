using System.Collections.Generic;
using System.Threading.Tasks;
using Headlamp.Bindings;
using Kmesh.Model.Operations;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Traffic;

namespace Kmesh.Plugin.Views.Operations;

/// <summary>One read of the node's metrics page for the switches: its text (null when unread) and when, or why not.</summary>
public sealed record MetricsPage(string? Text, string At, string? Problem);

/// <summary>The indirect reads the switch panel weighs: the last two metrics pages and the log tail's read time.</summary>
public sealed record SwitchReads(MetricsPage? Latest, MetricsPage? Previous, string TailAt, bool TailLoaded, System.Action ReadAgain)
{
    public SwitchReading? Reading(string switchId, List<LogLine> tail)
    {
        if (SwitchEvidence.MetricsPrefix(switchId).Length > 0)
        {
            return Latest is null || Latest.Text is null ? null : SwitchEvidence.FromMetrics(switchId, Latest.Text, Latest.At);
        }
        return TailLoaded ? SwitchEvidence.FromLog(switchId, tail, TailAt) : null;
    }

    public SwitchReading? PreviousReading(string switchId) =>
        Previous is null || Previous.Text is null ? null : SwitchEvidence.FromMetrics(switchId, Previous.Text, Previous.At);
}

public static class SwitchReadsHook
{
    /// <summary>A hook: reads the daemon's metrics once per change of <paramref name="key"/> (the remembered switches of
    /// this node) and on demand, keeping the read before for growth. Nothing is read when <paramref name="wanted"/> is false.</summary>
    public static SwitchReads Use(string pod, bool wanted, string key, LogTailState? tail)
    {
        var (pages, setPages) = React.UseState<MetricsPage?[]>(new MetricsPage?[] { null, null });
        var (again, setAgain) = React.UseState(0);
        RefObject<MetricsPage?> last = React.UseRef<MetricsPage?>(null);
        string tailAt = React.UseMemo(() => BrowserClock.NowIso(), new object?[] { tail });
        React.UseEffect(() =>
        {
            var request = new Request();
            if (wanted && pod.Length > 0) _ = Read(pod, request, last, setPages);
            return () => request.Cancelled = true;
        }, new object?[] { pod, wanted, key, again });
        return new SwitchReads(pages[0], pages[1], tailAt, tail is not null && tail.Loaded && tail.Error is null, () => setAgain(again + 1));
    }

    private static async Task Read(string pod, Request request, RefObject<MetricsPage?> last, System.Action<MetricsPage?[]> setPages)
    {
        MetricsRead read = await MetricsClient.Read(pod);
        if (request.Cancelled) return;
        var page = new MetricsPage(read.Text, BrowserClock.NowIso(), read.Problem?.Message);
        MetricsPage? before = last.Current;
        if (read.Text is not null) last.Current = page;
        setPages(new MetricsPage?[] { page, before });
    }
}
