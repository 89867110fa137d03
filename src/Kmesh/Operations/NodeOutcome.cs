using Kmesh.Model.Transport;
using Kmesh.Model.Text;

namespace Kmesh.Model.Operations;

public enum OutcomeKind
{
    Pending,
    Succeeded,
    Rejected,
    Unreachable,
}

/// <summary>The result of one mutating call on one node: success, the daemon's refusal (its message, as text) or
/// why the daemon could not be reached.</summary>
public sealed record NodeOutcome(string Node, string Pod, OutcomeKind Kind, string Message)
{
    public bool Failed => Kind == OutcomeKind.Rejected || Kind == OutcomeKind.Unreachable;
}

/// <summary>A node and the daemon pod that serves it: the unit every mutating action targets.</summary>
public sealed record NodeTarget(string Node, string Pod);

public static class NodeOutcomes
{
    public static NodeOutcome Pending(NodeTarget target) => new NodeOutcome(target.Node, target.Pod, OutcomeKind.Pending, Say.T("sending"));

    public static NodeOutcome From(NodeTarget target, AdminCallResult result)
    {
        if (result.Ok)
        {
            string body = result.Response!.Body.Trim();
            return new NodeOutcome(target.Node, target.Pod, OutcomeKind.Succeeded, body.Length == 0 ? Say.T("done") : Say.T("done: {{body}}", "body", body));
        }
        if (result.Response is not null)
        {
            string body = result.Response.Body.Trim();
            string message = body.Length == 0 ? result.Failure?.Message ?? Say.T("HTTP {{status}}", "status", result.Response.Status) : body;
            return new NodeOutcome(target.Node, target.Pod, OutcomeKind.Rejected, Say.T("the daemon answered {{status}}: {{message}}", "status", result.Response.Status, "message", message));
        }
        AdminFailure? failure = result.Failure;
        string text = failure is null ? Say.T("the daemon could not be reached") : Say.T("{{message}} {{more}}", "message", failure.Message, "more", failure.Hint);
        return new NodeOutcome(target.Node, target.Pod, OutcomeKind.Unreachable, text);
    }

    public static string Summary(System.Collections.Generic.IReadOnlyList<NodeOutcome> outcomes)
    {
        int ok = 0, rejected = 0, unreachable = 0, pending = 0;
        foreach (NodeOutcome outcome in outcomes)
        {
            if (outcome.Kind == OutcomeKind.Succeeded) ok++;
            else if (outcome.Kind == OutcomeKind.Rejected) rejected++;
            else if (outcome.Kind == OutcomeKind.Unreachable) unreachable++;
            else pending++;
        }
        string text = outcomes.Count == 1 ? Say.T("{{ok}} of 1 node succeeded", "ok", ok) : Say.T("{{ok}} of {{count}} nodes succeeded", "ok", ok, "count", outcomes.Count);
        if (rejected > 0) text += Say.T(", {{rejected}} refused by the daemon", "rejected", rejected);
        if (unreachable > 0) text += Say.T(", {{unreachable}} unreachable", "unreachable", unreachable);
        if (pending > 0) text += Say.T(", {{pending}} in progress", "pending", pending);
        return text;
    }
}
