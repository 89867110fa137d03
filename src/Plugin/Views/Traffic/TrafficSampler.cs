using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model;
using Kmesh.Model.Traffic;
using Kmesh.Model.Transport;

namespace Kmesh.Plugin.Views.Traffic;

/// <summary>What the sampler knows about one daemon's traffic: the readings so far (oldest first), the last
/// failure (the readings stay), whether sampling is paused because the page is hidden.</summary>
public sealed record TrafficFeed(string Pod, IReadOnlyList<TrafficSample> Samples, MetricsProblem? Problem, string? Malformed,
    TransportStrategy? Via, bool Paused)
{
    public TrafficSnapshot? Latest => Samples.Count == 0 ? null : Samples[Samples.Count - 1].Snapshot;
    public bool Waiting => Samples.Count == 0 && Problem is null && Malformed is null;
}

/// <summary>Samples one daemon's metrics every <see cref="IntervalMs"/> while the page is visible: a hidden page
/// (document.visibilityState) stops the timer, becoming visible samples at once. Unmounting stops everything.</summary>
public static class TrafficSampler
{
    public const int IntervalMs = 10000;
    public const int Keep = 30;

    /// <summary>A hook: the feed for <paramref name="pod"/> ("" samples nothing and answers null).</summary>
    public static TrafficFeed? Use(string pod)
    {
        var (feed, setFeed) = React.UseState<TrafficFeed?>(null);
        React.UseEffect(() =>
        {
            if (pod.Length == 0) return () => { };
            var loop = new SamplerLoop(pod, setFeed);
            loop.Start();
            return () => loop.Stop();
        }, new object?[] { pod });
        return feed is not null && feed.Pod == pod ? feed : null;
    }

    private sealed class SamplerLoop
    {
        private readonly string pod;
        private readonly System.Action<TrafficFeed?> publish;
        private readonly List<TrafficSample> samples = new List<TrafficSample>();
        private readonly System.Action onVisibility;
        private MetricsProblem? problem;
        private string? malformed;
        private TransportStrategy? via;
        private bool stopped;
        private bool inFlight;
        private int timer;

        public SamplerLoop(string pod, System.Action<TrafficFeed?> publish)
        {
            this.pod = pod;
            this.publish = publish;
            onVisibility = () => VisibilityChanged();
        }

        public void Start()
        {
            Browser.AddVisibilityListener(onVisibility);
            if (Browser.PageVisible()) _ = Sample();
            else Publish();
        }

        public void Stop()
        {
            stopped = true;
            Browser.ClearTimeout(timer);
            Browser.RemoveVisibilityListener(onVisibility);
        }

        private void VisibilityChanged()
        {
            if (stopped) return;
            Browser.ClearTimeout(timer);
            timer = 0;
            if (Browser.PageVisible() && !inFlight) _ = Sample();
            else Publish();
        }

        private async System.Threading.Tasks.Task Sample()
        {
            inFlight = true;
            MetricsRead read = await MetricsClient.Read(pod);
            inFlight = false;
            if (stopped) return;
            double at = Browser.NowMs();
            problem = read.Problem;
            via = read.Via ?? via;
            if (read.Text is not null)
            {
                Parsed<TrafficSnapshot> parsed = TrafficReader.Read(read.Text);
                malformed = parsed.Error?.ToString();
                if (parsed.Value is not null)
                {
                    samples.Add(new TrafficSample(at, parsed.Value));
                    if (samples.Count > Keep) samples.RemoveAt(0);
                }
            }
            Publish();
            if (Browser.PageVisible()) timer = Browser.SetTimeout(() => { timer = 0; _ = Sample(); }, IntervalMs);
        }

        private void Publish() => publish(new TrafficFeed(pod, new List<TrafficSample>(samples), problem, malformed, via, !Browser.PageVisible()));
    }
}
