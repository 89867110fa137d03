using Kmesh.Model.Transport;

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
    public static NodeOutcome Pending(NodeTarget target) => new NodeOutcome(target.Node, target.Pod, OutcomeKind.Pending, "sending");

    public static NodeOutcome From(NodeTarget target, AdminCallResult result)
    {
        if (result.Ok)
        {
            string body = result.Response!.Body.Trim();
            return new NodeOutcome(target.Node, target.Pod, OutcomeKind.Succeeded, body.Length == 0 ? "done" : $"done: {body}");
        }
        if (result.Response is not null)
        {
            string body = result.Response.Body.Trim();
            string message = body.Length == 0 ? result.Failure?.Message ?? $"HTTP {result.Response.Status}" : body;
            return new NodeOutcome(target.Node, target.Pod, OutcomeKind.Rejected, $"the daemon answered {result.Response.Status}: {message}");
        }
        AdminFailure? failure = result.Failure;
        string text = failure is null ? "the daemon could not be reached" : $"{failure.Message} {failure.Hint}";
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
        string text = $"{ok} of {outcomes.Count} node{(outcomes.Count == 1 ? "" : "s")} succeeded";
        if (rejected > 0) text += $", {rejected} refused by the daemon";
        if (unreachable > 0) text += $", {unreachable} unreachable";
        if (pending > 0) text += $", {pending} in progress";
        return text;
    }
}
