namespace Kmesh.Model.Rules;

public enum HealthLevel { Green, Yellow, Red }

/// <summary>A traffic-light verdict with the human reason behind it.</summary>
public sealed record Health(HealthLevel Level, string Reason)
{
    public static Health Green(string reason) => new Health(HealthLevel.Green, reason);
    public static Health Yellow(string reason) => new Health(HealthLevel.Yellow, reason);
    public static Health Red(string reason) => new Health(HealthLevel.Red, reason);

    public static HealthLevel Worst(HealthLevel a, HealthLevel b) => a > b ? a : b;
}
