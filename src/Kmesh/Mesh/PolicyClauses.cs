using System.Collections.Generic;
using Kmesh.Model.Sources.DualEngine;

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
            sentences.Add(policy.Action == "DENY" ? "No rules: this DENY policy denies nothing." : "No rules: this ALLOW policy allows nothing.");
            return sentences;
        }
        foreach (PolicyRule rule in policy.Rules) sentences.Add(Rule(rule));
        return sentences;
    }

    public static string Rule(PolicyRule rule)
    {
        if (rule.Clauses.Count == 0) return "any traffic";
        var parts = new List<string>();
        foreach (PolicyClause clause in rule.Clauses)
        {
            string text = Clause(clause);
            parts.Add(rule.Clauses.Count > 1 && clause.Matches.Count > 1 ? "(" + text + ")" : text);
        }
        return string.Join(" AND ", parts);
    }

    private static string Clause(PolicyClause clause)
    {
        if (clause.Matches.Count == 0) return "any traffic";
        var parts = new List<string>();
        foreach (PolicyMatch match in clause.Matches) parts.Add(Match(match));
        return string.Join(" OR ", parts);
    }

    private static string Match(PolicyMatch match)
    {
        var parts = new List<string>();
        foreach (MatchCondition condition in match.Conditions)
        {
            if (condition.Values.Count > 0) parts.Add(Condition(condition));
        }
        return parts.Count == 0 ? "any traffic" : string.Join(" and ", parts);
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
        bool many = values.Count > 1;
        string verb = addresses
            ? (condition.Negated ? (many ? "in none of" : "not in") : (many ? "in one of" : "in"))
            : (condition.Negated ? (many ? "is none of" : "is not") : (many ? "is one of" : "is"));
        return FieldLabel(condition.Field) + " " + verb + " " + string.Join(", ", values);
    }

    public static string FieldLabel(string field) => field switch
    {
        "namespaces" => "source namespace",
        "principals" => "source principal",
        "source_ips" or "sourceIps" => "source IP",
        "destination_ips" or "destinationIps" => "destination IP",
        "destination_ports" or "destinationPorts" => "destination port",
        _ => field.Replace('_', ' '),
    };

    public static string Value(MatchValue value) => value.Kind switch
    {
        MatchValueKind.Prefix => value.Text + "*",
        MatchValueKind.Suffix => "*" + value.Text,
        MatchValueKind.Presence => "any value",
        _ => value.Text,
    };
}
