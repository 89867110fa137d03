using System.Collections.Generic;
using Kmesh.Model.Sources.DualEngine;
using Kmesh.Model.Text;

namespace Kmesh.Model.Mesh;

/// <summary>Authorization rules in words. The workload API's semantics: a policy matches when any rule matches; a
/// rule when all its clauses match; a clause when any of its matches does; a match when all its fields do; a field
/// when any of its values does, and a <c>not_</c> field when none does.</summary>
public static class PolicyClauses
{
    /// <summary>One sentence per rule; a policy without rules gets the one sentence that says what that means.</summary>
    public static List<string> Describe(AuthorizationPolicy policy)
    {
        var sentences = new List<string>();
        if (policy.Rules.Count == 0)
        {
            sentences.Add(policy.Action == "DENY" ? Say.T("No rules: this DENY policy denies nothing.") : Say.T("No rules: this ALLOW policy allows nothing."));
            return sentences;
        }
        foreach (PolicyRule rule in policy.Rules) sentences.Add(Rule(rule));
        return sentences;
    }

    public static string Rule(PolicyRule rule)
    {
        if (rule.Clauses.Count == 0) return Say.T("any traffic");
        var parts = new List<string>();
        foreach (PolicyClause clause in rule.Clauses)
        {
            string text = Clause(clause);
            parts.Add(rule.Clauses.Count > 1 && clause.Matches.Count > 1 ? "(" + text + ")" : text);
        }
        return Joined(parts, (all, next) => Say.T("{{clauses}} AND {{clause}}", "clauses", all, "clause", next));
    }

    private static string Clause(PolicyClause clause)
    {
        if (clause.Matches.Count == 0) return Say.T("any traffic");
        var parts = new List<string>();
        foreach (PolicyMatch match in clause.Matches) parts.Add(Match(match));
        return Joined(parts, (all, next) => Say.T("{{matches}} OR {{match}}", "matches", all, "match", next));
    }

    private static string Match(PolicyMatch match)
    {
        var parts = new List<string>();
        foreach (MatchCondition condition in match.Conditions)
        {
            if (condition.Values.Count > 0) parts.Add(Condition(condition));
        }
        return parts.Count == 0 ? Say.T("any traffic") : Joined(parts, (all, next) => Say.T("{{conditions}} and {{condition}}", "conditions", all, "condition", next));
    }

    /// <summary><c>source namespace is one of a, b</c>, <c>source IP in none of 10.0.0.0/8, …</c>.</summary>
    public static string Condition(MatchCondition condition)
    {
        var values = new List<string>();
        bool addresses = true;
        foreach (MatchValue value in condition.Values)
        {
            values.Add(Value(value));
            if (value.Kind != MatchValueKind.Address) addresses = false;
        }
        string field = FieldLabel(condition.Field);
        string list = string.Join(", ", values);
        if (values.Count > 1)
        {
            if (addresses) return condition.Negated ? Say.T("{{field}} in none of {{values}}", "field", field, "values", list) : Say.T("{{field}} in one of {{values}}", "field", field, "values", list);
            return condition.Negated ? Say.T("{{field}} is none of {{values}}", "field", field, "values", list) : Say.T("{{field}} is one of {{values}}", "field", field, "values", list);
        }
        if (addresses) return condition.Negated ? Say.T("{{field}} not in {{values}}", "field", field, "values", list) : Say.T("{{field}} in {{values}}", "field", field, "values", list);
        return condition.Negated ? Say.T("{{field}} is not {{values}}", "field", field, "values", list) : Say.T("{{field}} is {{values}}", "field", field, "values", list);
    }

    /// <summary>The parts joined left to right by the connective's template.</summary>
    private static string Joined(List<string> parts, System.Func<string, string, string> join)
    {
        string text = parts[0];
        for (int i = 1; i < parts.Count; i++) text = join(text, parts[i]);
        return text;
    }

    public static string FieldLabel(string field) => field switch
    {
        "namespaces" => Say.T("source namespace"),
        "principals" => Say.T("source principal"),
        "source_ips" or "sourceIps" => Say.T("source IP"),
        "destination_ips" or "destinationIps" => Say.T("destination IP"),
        "destination_ports" or "destinationPorts" => Say.T("destination port"),
        _ => field.Replace('_', ' '),
    };

    public static string Value(MatchValue value) => value.Kind switch
    {
        MatchValueKind.Prefix => value.Text + "*",
        MatchValueKind.Suffix => "*" + value.Text,
        MatchValueKind.Presence => Say.T("any value"),
        _ => value.Text,
    };
}
