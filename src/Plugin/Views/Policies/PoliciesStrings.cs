namespace Kmesh.Plugin.Views.Policies;

/// <summary>Every user-visible text of the Authorization policies view.</summary>
public static class PoliciesStrings
{
    public const string Title = "Authorization policies";
    public const string ColName = "Name";
    public const string ColNamespace = "Namespace";
    public const string ColScope = "Scope";
    public const string ColAction = "Action";
    public const string ColRules = "Rules";
    public const string ColWorkloads = "Workloads";
    public const string ColRaw = "Raw";
    public const string ShowJson = "Show JSON";
    public const string HideJson = "Hide JSON";
    public const string Empty = "The config dump lists no authorization policies.";
    public const string RawUnavailable = "The policy's JSON could not be found in the dump.";

    public static string Scope(string scope) => scope switch
    {
        "GLOBAL" => "mesh-wide",
        "NAMESPACE" => "namespace",
        "WORKLOAD_SELECTOR" => "selected workloads",
        _ => scope,
    };

    public static string Rule(int index, string text) => $"Rule {index + 1}: {text}";

    public static string More(int count) => $"and {count:N0} more";
}
