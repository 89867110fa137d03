using System;
using System.Collections.Generic;
using System.Linq;

namespace Kmesh.Preview.Access;

/// <summary>
/// One RBAC resource rule, matched like Kubernetes' RBAC authorizer does. Without <see cref="Bindings"/> it is bound by a
/// ClusterRoleBinding (every namespace and the cluster scope); with it, by RoleBindings in some namespaces only.
/// </summary>
public sealed record PolicyRule(IReadOnlyList<string> Verbs, IReadOnlyList<string> ApiGroups, IReadOnlyList<string> Resources,
    RoleBindings? Bindings = null)
{
    public bool Matches(string verb, string group, string resource, string? subresource)
    {
        var combined = string.IsNullOrEmpty(subresource) ? resource : $"{resource}/{subresource}";
        return Verbs.Any(v => v == "*" || v == verb)
            && ApiGroups.Any(g => g == "*" || g == group)
            && Resources.Any(r => r == "*" || r == combined || (subresource is not null && r == $"{resource}/*"));
    }

    /// <summary>Whether the rule applies to a request in <paramref name="ns"/> (null: cluster scope, e.g. a list across all namespaces).</summary>
    public bool AppliesIn(string? ns) => Bindings is null || Bindings.Cover(ns);
}

/// <summary>A role bound by RoleBindings in every namespace except <see cref="Except"/> (null: in every namespace), never at the cluster scope.</summary>
public sealed record RoleBindings(string? Except)
{
    public bool Cover(string? ns) => !string.IsNullOrEmpty(ns) && ns != Except;
}

/// <summary>One RBAC non-resource rule (URL paths such as /version or /api/*).</summary>
public sealed record NonResourceRule(IReadOnlyList<string> Verbs, IReadOnlyList<string> NonResourceUrls);
