using System;
using System.Collections.Generic;
using System.Linq;

namespace Kmesh.Preview.KubeApi;

/// <summary>Field selectors (<c>spec.nodeName=x,status.phase!=Running</c>): only =, == and != exist.</summary>
public sealed class FieldSelector
{
    private sealed record Term(string Field, string Value, bool Negated);

    private readonly IReadOnlyList<Term> terms;

    private FieldSelector(IReadOnlyList<Term> terms) => this.terms = terms;

    public bool IsEmpty => terms.Count == 0;

    public IEnumerable<string> Fields => terms.Select(t => t.Field);

    public static (FieldSelector? Selector, string? Error) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (new FieldSelector(Array.Empty<Term>()), null);
        }
        var terms = new List<Term>();
        foreach (var part in text.Split(','))
        {
            var term = part.Trim();
            var (op, index) = term.IndexOf("!=", StringComparison.Ordinal) is >= 0 and var ne ? ("!=", ne)
                : term.IndexOf("==", StringComparison.Ordinal) is >= 0 and var eq2 ? ("==", eq2)
                : term.IndexOf('=') is >= 0 and var eq ? ("=", eq)
                : ("", -1);
            if (index <= 0)
            {
                return (null, $"invalid selector: '{text}'; can't understand '{term}'");
            }
            terms.Add(new Term(term[..index], term[(index + op.Length)..], op == "!="));
        }
        return (new FieldSelector(terms), null);
    }

    /// <summary>The first field this kind does not support, which kube-apiserver rejects with 400.</summary>
    public string? UnsupportedField(ResourceType type) => terms.Select(t => t.Field).FirstOrDefault(f => !FieldLabels.Supports(type, f));

    public bool Matches(StoredObject item) => terms.All(t => ((item.Field(t.Field) ?? "") == t.Value) != t.Negated);
}
