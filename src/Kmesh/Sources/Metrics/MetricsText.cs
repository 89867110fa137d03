using System.Collections.Generic;

namespace Kmesh.Model.Sources.Metrics;

public sealed record MetricLabel(string Name, string Value);

/// <summary>One sample line. <see cref="ValueText"/> keeps the text as written (<c>1.391027e+06</c>, <c>+Inf</c>).</summary>
public sealed record MetricSample(string Name, IReadOnlyList<MetricLabel> Labels, double Value, string ValueText)
{
    /// <summary>The label's value, or "" when the sample lacks it. Kmesh writes "-" for unknown values.</summary>
    public string Label(string name)
    {
        foreach (MetricLabel label in Labels)
        {
            if (label.Name == name) return label.Value;
        }
        return "";
    }
}

/// <summary>A metric family: HELP text, TYPE (<c>untyped</c> when undeclared) and its samples in document order.
/// Histogram and summary samples (<c>_bucket</c>, <c>_sum</c>, <c>_count</c>) belong to their family.</summary>
public sealed record MetricFamily(string Name, string Help, string Type, IReadOnlyList<MetricSample> Samples);

/// <summary>Prometheus text exposition from <c>:15020/status/metric</c>, families in document order.</summary>
public sealed record MetricsText(IReadOnlyList<MetricFamily> Families)
{
    public MetricFamily? Family(string name)
    {
        foreach (MetricFamily family in Families)
        {
            if (family.Name == name) return family;
        }
        return null;
    }
}
