using Kmesh.Plugin.Views.Translations;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>User-visible texts shared by several views.</summary>
public static class SharedStrings
{
    public static string NotInstalledTitle => Tr.T("Kmesh is not installed in this cluster");
    public static string NotInstalledBody(string selector, string ns) => Tr.T("No Kmesh daemon pods (label {{selector}}) were found in namespace {{ns}}.", "selector", selector, "ns", ns);
    public static string InstallHint => Tr.T("Install Kmesh with Helm or kmeshctl, then come back to this page:");
    public static string InstallDocs => Tr.T("Kmesh installation guide");
    public const string InstallDocsUrl = "https://kmesh.net/docs/setup/quick-start/";
    public static string KmeshDocs => Tr.T("Kmesh documentation");
    public const string KmeshDocsUrl = "https://kmesh.net/docs/welcome/";
    public static string Loading => Tr.T("Loading");
    public static string PodProxy => Tr.T("the pod proxy");
    public static string Exec => Tr.T("pod exec");

    public static string ListForbidden(string resource, string scope) =>
        Tr.T("Your account may not list {{resource}} {{scope}}. Grant the verb \"list\" (and \"watch\") on resource \"{{resource}}\" {{scope}}.", "resource", resource, "scope", scope);

    public static string AnyNamespace => Tr.T("in any namespace (cluster-wide)");
    public static string InNamespace(string ns) => Tr.T("in namespace {{ns}}", "ns", ns);
    public static string UnknownError => Tr.T("unknown error");

    public static string ListFailed(string resource, string message) => Tr.T("Listing {{resource}} failed: {{message}}", "resource", resource, "message", message);

    public static string ListNotFound(string resource) =>
        Tr.T("The API server does not serve {{resource}}: the resource type is not installed in this cluster.", "resource", resource);
}
