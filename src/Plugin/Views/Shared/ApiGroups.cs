using System.Collections.Generic;
using System.Threading.Tasks;
using Headlamp.Bindings;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>Whether the API server serves an API group, asked once per cluster through discovery
/// (<c>GET /apis/&lt;group&gt;</c>). A 404 there means "not installed" at once, where a list of the group's resources
/// would only fail after Headlamp's retries.</summary>
public static class ApiGroups
{
    public const string Gateway = "gateway.networking.k8s.io";
    public const string Kmesh = "kmesh.net";

    private const int Unknown = 0;
    private const int Served = 1;
    private const int Missing = 2;
    private static readonly Dictionary<string, int> Answers = new Dictionary<string, int>();

    /// <summary>True when served, false when the API server says it does not serve the group, null until it answers
    /// (or when discovery itself failed: then the list decides).</summary>
    public static bool? UseServed(string group)
    {
        string key = (HeadlampUtils.GetCluster() ?? "") + "/" + group;
        int known = Answers.TryGetValue(key, out int answer) ? answer : Unknown;
        var (state, setState) = React.UseState<int>(known);
        React.UseEffect(() =>
        {
            var request = new Request();
            if (state == Unknown) _ = Probe(key, group, request, setState);
            return () => request.Cancelled = true;
        }, new object?[] { key });
        return state == Served ? true : state == Missing ? false : null;
    }

    private static async Task Probe(string key, string group, Request request, System.Action<int> setState)
    {
        (int status, string _, string? error) = await ApiProxy.GetText("/apis/" + group, 10000);
        int answer = error is null && status < 300 ? Served : status == 404 ? Missing : Unknown;
        if (answer != Unknown) Answers[key] = answer;
        if (!request.Cancelled) setState(answer);
    }
}
