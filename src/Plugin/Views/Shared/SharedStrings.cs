namespace Kmesh.Plugin.Views.Shared;

/// <summary>User-visible texts shared by several views.</summary>
public static class SharedStrings
{
    public const string NotInstalledTitle = "Kmesh is not installed in this cluster";
    public static string NotInstalledBody(string selector, string ns) => $"No Kmesh daemon pods (label {selector}) were found in namespace {ns}.";
    public const string InstallHint = "Install Kmesh with Helm or kmeshctl, then come back to this page:";
    public const string InstallDocs = "Kmesh installation guide";
    public const string InstallDocsUrl = "https://kmesh.net/docs/setup/quick-start/";
    public const string KmeshDocs = "Kmesh documentation";
    public const string KmeshDocsUrl = "https://kmesh.net/docs/welcome/";
    public const string Loading = "Loading";
    public const string PodProxy = "the pod proxy";
    public const string Exec = "pod exec";

    public static string ListForbidden(string resource, string scope) =>
        $"Your account may not list {resource} {scope}. Grant the verb \"list\" (and \"watch\") on resource \"{resource}\" {scope}.";

    public static string ListFailed(string resource, string message) => $"Listing {resource} failed: {message}";

    public static string ListNotFound(string resource) =>
        $"The API server does not serve {resource}: the resource type is not installed in this cluster.";
}
