using System.Collections.Generic;
using System.Threading.Tasks;
using Headlamp.Bindings;

namespace Kmesh.Plugin.Views.Shared;

/// <summary>Whether the user may list a resource, asked once per cluster with a SelfSubjectAccessReview. Headlamp's
/// useList reports a 403 only when react-query's retries end (about 7 s later); the review answers in one round trip,
/// so a forbidden source is named as forbidden at once instead of "loading".</summary>
public static class ListAccess
{
    private const int Unknown = 0;
    private const int Allowed = 1;
    private const int Denied = 2;
    private static readonly Dictionary<string, int> Answers = new Dictionary<string, int>();

    /// <summary>False when the API server says the user may not list <paramref name="resource"/> (of
    /// <paramref name="group"/>, "" for core) in <paramref name="ns"/> (null: every namespace); true when allowed;
    /// null until it answers or when the review itself failed (then the list decides).</summary>
    public static bool? UseAllowed(string group, string resource, string? ns)
    {
        string key = (HeadlampUtils.GetCluster() ?? "") + "/" + group + "/" + resource + "/" + (ns ?? "");
        int known = Answers.TryGetValue(key, out int answer) ? answer : Unknown;
        var (state, setState) = React.UseState<int>(known);
        React.UseEffect(() =>
        {
            var request = new Request();
            if (state == Unknown) _ = Review(key, group, resource, ns ?? "", request, setState);
            return () => request.Cancelled = true;
        }, new object?[] { key });
        return state == Allowed ? true : state == Denied ? false : null;
    }

    private static async Task Review(string key, string group, string resource, string ns, Request request, System.Action<int> setState)
    {
        bool? allowed = await AccessReview.IsAllowed("list", group, resource, "", ns);
        int answer = allowed == true ? Allowed : allowed == false ? Denied : Unknown;
        if (answer != Unknown) Answers[key] = answer;
        if (!request.Cancelled) setState(answer);
    }
}
