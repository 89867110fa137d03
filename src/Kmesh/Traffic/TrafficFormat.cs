namespace Kmesh.Model.Traffic;

/// <summary>Counters and rates as short text (binary units, one decimal).</summary>
public static class TrafficFormat
{
    private static readonly string[] Units = { "B", "KiB", "MiB", "GiB", "TiB" };

    public static string Bytes(double value)
    {
        int unit = 0;
        double scaled = value;
        while (scaled >= 1024 && unit < Units.Length - 1)
        {
            scaled /= 1024;
            unit++;
        }
        return unit == 0 ? $"{scaled.ToString("0")} B" : $"{scaled.ToString("0.0")} {Units[unit]}";
    }

    public static string Count(double value) => value.ToString("N0");

    public static string BytesRate(double? perSecond) => perSecond is null ? "–" : Bytes(perSecond.Value) + "/s";

    public static string CountRate(double? perSecond) => perSecond is null ? "–" : perSecond.Value.ToString("0.##") + "/s";

    public static string Optional(double? value) => value is null ? "–" : Count(value.Value);
}
