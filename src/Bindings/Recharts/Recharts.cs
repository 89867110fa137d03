using System.Collections.Generic;
using CSharpToJs.Interop;

namespace Headlamp.Bindings;

/// <summary>The parts of pluginLib.Recharts (Recharts 2) the traffic chart uses.</summary>
[External]
public static class Recharts
{
    [Template("pluginLib.React.createElement(pluginLib.Recharts.ResponsiveContainer, {props}, {child})")]
    public static extern ReactElement ResponsiveContainer(ResponsiveContainerProps props, ReactElement child);

    [Template("pluginLib.React.createElement(pluginLib.Recharts.LineChart, {props}, {*children})")]
    public static extern ReactElement LineChart<TPoint>(LineChartProps<TPoint> props, params object?[] children);

    [Template("pluginLib.React.createElement(pluginLib.Recharts.Line, {props})")]
    public static extern ReactElement Line(LineProps props);

    [Template("pluginLib.React.createElement(pluginLib.Recharts.XAxis, {props})")]
    public static extern ReactElement XAxis(AxisProps props);

    [Template("pluginLib.React.createElement(pluginLib.Recharts.YAxis, {props})")]
    public static extern ReactElement YAxis(AxisProps props);

    [Template("pluginLib.React.createElement(pluginLib.Recharts.Tooltip, null)")]
    public static extern ReactElement Tooltip();

    [Template("pluginLib.React.createElement(pluginLib.Recharts.Legend, null)")]
    public static extern ReactElement Legend();
}

[ObjectLiteral]
public sealed class ResponsiveContainerProps
{
    public string? Width { get; set; }
    public int? Height { get; set; }
}

[ObjectLiteral]
public sealed class LineChartProps<TPoint>
{
    public IList<TPoint>? Data { get; set; }
}

[ObjectLiteral]
public sealed class LineProps
{
    public string? DataKey { get; set; }
    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? Stroke { get; set; }
    public string? YAxisId { get; set; }
    public bool? Dot { get; set; }
    public bool? IsAnimationActive { get; set; }
    public bool? ConnectNulls { get; set; }
}

[ObjectLiteral]
public sealed class AxisProps
{
    public string? DataKey { get; set; }
    public string? YAxisId { get; set; }
    public string? Orientation { get; set; }
    public string? Unit { get; set; }
}
