using System.Collections.Generic;
using System.Linq;
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
/// <summary>The nodes of the daemon pods, and those whose daemon runs in kernel-native mode.</summary>
public sealed record DaemonNodeList(IReadOnlyList<string> All, IReadOnlyList<string> KernelNative);

public static class DaemonNodeNames
{
    public const int PageSize = 500;

    /// <summary>A hook: the list as read (null while it loads); the same object until it is read again.</summary>
    public static Known<DaemonNodeList>? UseList()
    {
        KmeshSettings settings = KmeshConfig.Use();
        var (list, setList) = React.UseState<Known<DaemonNodeList>?>(null);
        React.UseEffect(() =>
        {
            var request = new Request();
            _ = Fetch(settings.Namespace, settings.DaemonSelector, request, setList);
            return () => request.Cancelled = true;
        }, new object?[] { settings.Namespace, settings.DaemonSelector });
        return list;
    }

    /// <summary>Every daemon's node, or (<paramref name="kernelNativeOnly"/>) those whose daemon runs in kernel-native
    /// mode; or why they are unknown.</summary>
    public static Known<IReadOnlyList<string>> Names(Known<DaemonNodeList>? list, bool kernelNativeOnly)
    {
        if (list is null) return Known<IReadOnlyList<string>>.Loading(Unknowns.Loading);
        if (!list.IsKnown) return list.As<IReadOnlyList<string>>();
        return Known<IReadOnlyList<string>>.Of(kernelNativeOnly ? list.Value!.KernelNative : list.Value!.All);
    }

    private static async Task Fetch(string ns, string selector, Request request, System.Action<Known<DaemonNodeList>?> setList)
    {
        var seen = new HashSet<string>();
        var nodes = new List<string>();
        var kernelNative = new List<string>();
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
                setList(status == 403 ? Known<DaemonNodeList>.Forbidden(reason) : Known<DaemonNodeList>.Failed(reason));
                return;
            }
            Parsed<PodListPage> page = PodListPageReader.Read(body);
            if (page.Value is null)
            {
                setList(Known<DaemonNodeList>.Failed(ListErrors.Describe(status, page.Error!.ToString(), "pods", ns)));
                return;
            }
            foreach (string node in page.Value.Nodes)
            {
                if (seen.Add(node)) nodes.Add(node);
            }
            kernelNative.AddRange(page.Value.KernelNative);
            next = page.Value.Continue;
        }
        while (next.Length > 0);
        nodes.Sort(string.CompareOrdinal);
        kernelNative = kernelNative.Distinct().ToList();
        kernelNative.Sort(string.CompareOrdinal);
        setList(Known<DaemonNodeList>.Of(new DaemonNodeList(nodes, kernelNative)));
    }
}
