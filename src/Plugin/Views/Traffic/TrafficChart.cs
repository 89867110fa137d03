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

    public static List<ChartPoint> Points(IReadOnlyList<TrafficSample> samples)
    {
        var points = new List<ChartPoint>();
        if (samples.Count == 0) return points;
        double newest = samples[samples.Count - 1].AtMs;
        foreach (RatePoint p in TrafficRates.Series(samples))
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

    public static ReactElement Render(IReadOnlyList<TrafficSample> samples)
    {
        List<ChartPoint> points = Points(samples);
        if (points.Count == 0) return Ui.Secondary(S.WaitingForSecond);
        return Mui.Box(new BoxProps { Mt = 1, Mb = 2 },
            Mui.Typography(new TypographyProps { Variant = "subtitle2" }, S.ChartTitle),
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
