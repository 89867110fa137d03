using System.Collections.Generic;
using System.Threading.Tasks;
using Headlamp.Bindings;
using Kmesh.Model;
using Kmesh.Model.Rules;
using Kmesh.Model.Settings;
using Kmesh.Model.Sources;
using Kmesh.Plugin.Views.Settings;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>The nodes running a Kmesh daemon, for a per-node view's picker: the daemon pod list read once, a page of
/// <see cref="PageSize"/> pods at a time, keeping only the node names (thousands of pods are not held for a picker;
/// the chosen node's daemon is listed and watched on its own).</summary>
public static class DaemonNodeNames
{
    public const int PageSize = 500;

    /// <summary>A hook: the names in ordinal order, or why they are unknown (loading, forbidden, failed).</summary>
    public static Known<IReadOnlyList<string>> Use()
    {
        KmeshSettings settings = KmeshConfig.Use();
        var (names, setNames) = React.UseState<Known<IReadOnlyList<string>>?>(null);
        React.UseEffect(() =>
        {
            var request = new Request();
            _ = Fetch(settings.Namespace, settings.DaemonSelector, request, setNames);
            return () => request.Cancelled = true;
        }, new object?[] { settings.Namespace, settings.DaemonSelector });
        return names ?? Known<IReadOnlyList<string>>.Loading(Unknowns.Loading);
    }

    private static async Task Fetch(string ns, string selector, Request request, System.Action<Known<IReadOnlyList<string>>?> setNames)
    {
        var seen = new HashSet<string>();
        var nodes = new List<string>();
        string next = "";
        do
        {
            string path = $"/api/v1/namespaces/{Browser.EncodeUriComponent(ns)}/pods?labelSelector={Browser.EncodeUriComponent(selector)}&limit={PageSize}"
                + (next.Length == 0 ? "" : "&continue=" + Browser.EncodeUriComponent(next));
            (int status, string body, string? error) = await ApiProxy.GetText(path, 60000);
            if (request.Cancelled) return;
            if (error is not null || status != 200)
            {
                string reason = ListErrors.Describe(status, error, "pods", ns);
                setNames(status == 403 ? Known<IReadOnlyList<string>>.Forbidden(reason) : Known<IReadOnlyList<string>>.Failed(reason));
                return;
            }
            Parsed<PodListPage> page = PodListPageReader.Read(body);
            if (page.Value is null)
            {
                setNames(Known<IReadOnlyList<string>>.Failed(ListErrors.Describe(status, page.Error!.ToString(), "pods", ns)));
                return;
            }
            foreach (string node in page.Value.Nodes)
            {
                if (seen.Add(node)) nodes.Add(node);
            }
            next = page.Value.Continue;
        }
        while (next.Length > 0);
        nodes.Sort(string.CompareOrdinal);
        setNames(Known<IReadOnlyList<string>>.Of(nodes));
    }
}
