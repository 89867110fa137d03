using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Policies;

/// <summary>Every user-visible text of the Authorization policies view.</summary>
public static class PoliciesStrings
{
    public static string Title => Tr.T("Authorization policies");
    public static string ColName => Tr.T("Name");
    public static string ColNamespace => Tr.T("Namespace");
    public static string ColScope => Tr.T("Scope");
    public static string ColAction => Tr.T("Action");
    public static string ColRules => Tr.T("Rules");
    public static string ColWorkloads => Tr.T("Workloads");
    public static string ColRaw => Tr.T("Raw");
    public static string ShowJson => Tr.T("Show JSON");
    public static string HideJson => Tr.T("Hide JSON");
    public static string Empty => Tr.T("The config dump lists no authorization policies.");
    public static string RawUnavailable => Tr.T("The policy's JSON could not be found in the dump.");

    public static string Scope(string scope) => scope switch
    {
        "GLOBAL" => Tr.T("mesh-wide"),
        "NAMESPACE" => Tr.T("namespace"),
        "WORKLOAD_SELECTOR" => Tr.T("selected workloads"),
        _ => scope,
    };

    public static string Rule(int index, string text) => Tr.T("Rule {{number}}: {{text}}", "number", index + 1, "text", text);

}
