using System.Collections.Generic;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Model.Traffic;
using S = Kmesh.Plugin.Views.Traffic.TrafficStrings;

namespace Kmesh.Plugin.Views.Traffic;

/// <summary>One chart point: seconds relative to the newest sample, and the node's rates (null = no rate: a gap).</summary>
[ObjectLiteral]
public sealed class ChartPoint
{
    public string? At { get; set; }
    public double? Opened { get; set; }
    public double? Sent { get; set; }
    public double? Received { get; set; }
}

/// <summary>A small Recharts line chart of the node's rates while the page is open.</summary>
public static class TrafficChart
{
    // Recharts draws SVG strokes, which take colours rather than MUI theme tokens; these read on light and dark themes.
    private const string OpenedColour = "#1e88e5";
    private const string SentColour = "#43a047";
    private const string ReceivedColour = "#fb8c00";

    /// <summary><paramref name="series"/>'s points with times relative to <paramref name="newest"/> (ms).</summary>
    public static List<ChartPoint> Points(IReadOnlyList<RatePoint> series, double newest)
    {
        var points = new List<ChartPoint>();
        foreach (RatePoint p in series)
        {
            points.Add(new ChartPoint
            {
                At = ((p.AtMs - newest) / 1000).ToString("0") + "s",
                Opened = p.Rate.OpenedPerSecond,
                Sent = p.Rate.SentBytesPerSecond,
                Received = p.Rate.ReceivedBytesPerSecond,
            });
        }
        return points;
    }

    /// <summary>The node's totals.</summary>
    public static ReactElement Render(IReadOnlyList<TrafficSample> samples) => RenderSeries(TrafficRates.Series(samples), samples, S.ChartTitle);

    /// <summary>One row's series (a workload's or service's), titled.</summary>
    public static ReactElement RenderSeries(IReadOnlyList<RatePoint> series, IReadOnlyList<TrafficSample> samples, string title)
    {
        if (samples.Count == 0 || series.Count == 0) return Ui.Secondary(S.WaitingForSecond);
        List<ChartPoint> points = Points(series, samples[samples.Count - 1].AtMs);
        return Mui.Box(new BoxProps { Mt = 1, Mb = 2 },
            Mui.Typography(new TypographyProps { Variant = "subtitle2" }, title),
            Recharts.ResponsiveContainer(new ResponsiveContainerProps { Width = "100%", Height = 220 },
                Recharts.LineChart(new LineChartProps<ChartPoint> { Data = points },
                    Recharts.XAxis(new AxisProps { DataKey = "at" }),
                    Recharts.YAxis(new AxisProps { YAxisId = "bytes", Unit = " B/s" }),
                    Recharts.YAxis(new AxisProps { YAxisId = "conns", Orientation = "right", Unit = "/s" }),
                    Recharts.Tooltip(),
                    Recharts.Legend(),
                    Recharts.Line(new LineProps { DataKey = "sent", Name = S.SeriesSent, YAxisId = "bytes", Stroke = SentColour, Type = "monotone", Dot = false, IsAnimationActive = false }),
                    Recharts.Line(new LineProps { DataKey = "received", Name = S.SeriesReceived, YAxisId = "bytes", Stroke = ReceivedColour, Type = "monotone", Dot = false, IsAnimationActive = false }),
                    Recharts.Line(new LineProps { DataKey = "opened", Name = S.SeriesOpened, YAxisId = "conns", Stroke = OpenedColour, Type = "monotone", Dot = false, IsAnimationActive = false }))));
    }
}
