using System;
using System.Collections.Generic;
using System.Linq;

namespace Kmesh.Preview.Access;

/// <summary>One RBAC resource rule, matched like Kubernetes' RBAC authorizer does.</summary>
public sealed record PolicyRule(IReadOnlyList<string> Verbs, IReadOnlyList<string> ApiGroups, IReadOnlyList<string> Resources)
{
    public bool Matches(string verb, string group, string resource, string? subresource)
    {
        var combined = string.IsNullOrEmpty(subresource) ? resource : $"{resource}/{subresource}";
        return Verbs.Any(v => v == "*" || v == verb)
            && ApiGroups.Any(g => g == "*" || g == group)
            && Resources.Any(r => r == "*" || r == combined || (subresource is not null && r == $"{resource}/*"));
    }
}

/// <summary>One RBAC non-resource rule (URL paths such as /version or /api/*).</summary>
public sealed record NonResourceRule(IReadOnlyList<string> Verbs, IReadOnlyList<string> NonResourceUrls);
