using System;
using System.Collections.Generic;
using System.Linq;

namespace Kmesh.Preview.Access;

/// <summary>
/// What the preview's single user (<c>preview</c>) may do. One list of rules answers both the authorizer
/// (403 or not) and the self-subject rules/access reviews, so the two can never disagree.
/// </summary>
public sealed class AccessPolicy
{
    public const string UserName = "preview";

    private AccessPolicy(string roleDescription, IReadOnlyList<PolicyRule> rules, IReadOnlyList<NonResourceRule> nonResourceRules)
    {
        RoleDescription = roleDescription;
        Rules = rules;
        NonResourceRules = nonResourceRules;
    }

    /// <summary>Names the binding that grants access, for the access review's reason.</summary>
    public string RoleDescription { get; }
    public IReadOnlyList<PolicyRule> Rules { get; }
    public IReadOnlyList<NonResourceRule> NonResourceRules { get; }

    /// <param name="ns">The request's namespace; null for the cluster scope (cluster-scoped kinds, lists across all namespaces).</param>
    public bool Allows(string verb, string group, string resource, string? subresource, string? ns) =>
        Rules.Any(r => r.AppliesIn(ns) && r.Matches(verb, group, resource, subresource));

    /// <summary>The same user also allowed to get, list and watch <paramref name="resource"/>.</summary>
    public AccessPolicy WithReadAccess(string group, string resource) => new(RoleDescription,
        Rules.Append(new PolicyRule(new[] { "get", "list", "watch" }, new[] { group }, new[] { resource })).ToArray(), NonResourceRules);

    /// <summary>
    /// The same user with <paramref name="forbidden"/> taken away (wildcard rules spelled out per group so one resource can
    /// be left out) and, for a namespace or cluster-wide restriction, granted back by RoleBindings where still allowed.
    /// </summary>
    public AccessPolicy Forbidding(ForbiddenList forbidden)
    {
        var rules = new List<PolicyRule>();
        foreach (var rule in Rules.SelectMany(Explicit))
        {
            var type = forbidden.Types.FirstOrDefault(t => rule.ApiGroups.Contains(t.Group) && rule.Resources.Contains(t.Plural));
            if (type is null)
            {
                rules.Add(rule);
                continue;
            }
            var rest = rule.Resources.Where(r => r != type.Plural).ToArray();
            if (rest.Length > 0)
            {
                rules.Add(rule with { Resources = rest });
            }
            if (forbidden.RemainingGrant is { } grant && rule.Bindings is null)
            {
                rules.Add(new PolicyRule(rule.Verbs, new[] { type.Group }, new[] { type.Plural }, grant));
            }
        }
        return new AccessPolicy(RoleDescription, rules, NonResourceRules);
    }

    /// <summary>A rule with "*" groups or resources as one rule per group naming every resource the preview serves.</summary>
    private static IEnumerable<PolicyRule> Explicit(PolicyRule rule)
    {
        if (!rule.ApiGroups.Contains("*") && !rule.Resources.Contains("*"))
        {
            return new[] { rule };
        }
        var groups = rule.ApiGroups.Contains("*") ? KnownResources.Keys : rule.ApiGroups;
        return groups.Select(g => rule with
        {
            ApiGroups = new[] { g },
            Resources = rule.Resources.Contains("*") ? KnownResources.GetValueOrDefault(g, Array.Empty<string>()) : rule.Resources,
        }).Where(r => r.Resources.Count > 0);
    }

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> KnownResources =
        KubeApi.ResourceTypes.All
            .SelectMany(t => t.Subresources.Select(s => $"{t.Plural}/{s}").Prepend(t.Plural).Select(r => (t.Group, Resource: r)))
            .Append((Group: "authorization.k8s.io", Resource: "selfsubjectaccessreviews"))
            .Append((Group: "authorization.k8s.io", Resource: "selfsubjectrulesreviews"))
            .GroupBy(p => p.Group)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Resource).Distinct().ToArray());

    public static AccessPolicy ClusterAdmin() => new(
        "RBAC: allowed by ClusterRoleBinding \"preview-admin\" of ClusterRole \"cluster-admin\" to User \"preview\"",
        new[] { new PolicyRule(new[] { "*" }, new[] { "*" }, new[] { "*" }) },
        new[] { new NonResourceRule(new[] { "*" }, new[] { "*" }) });

    /// <summary>A read-only viewer: no pods/exec and nothing from kmesh.net (so KmeshNodeInfo answers 403).</summary>
    public static AccessPolicy Restricted()
    {
        var read = new[] { "get", "list", "watch" };
        return new AccessPolicy(
            "RBAC: allowed by ClusterRoleBinding \"preview-viewer\" of ClusterRole \"kmesh-preview-viewer\" to User \"preview\"",
            new[]
            {
                new PolicyRule(new[] { "create" }, new[] { "authorization.k8s.io" }, new[] { "selfsubjectaccessreviews", "selfsubjectrulesreviews" }),
                new PolicyRule(read, new[] { "" }, new[] { "configmaps", "endpoints", "events", "namespaces", "nodes", "persistentvolumeclaims", "pods", "pods/log", "serviceaccounts", "services" }),
                new PolicyRule(new[] { "get", "create" }, new[] { "" }, new[] { "pods/proxy" }),
                new PolicyRule(read, new[] { "apps" }, new[] { "daemonsets", "deployments", "replicasets", "statefulsets" }),
                new PolicyRule(read, new[] { "batch" }, new[] { "cronjobs", "jobs" }),
                new PolicyRule(read, new[] { "discovery.k8s.io" }, new[] { "endpointslices" }),
                new PolicyRule(read, new[] { "networking.k8s.io" }, new[] { "ingressclasses", "ingresses", "networkpolicies" }),
                new PolicyRule(read, new[] { "events.k8s.io" }, new[] { "events" }),
                new PolicyRule(read, new[] { "gateway.networking.k8s.io" }, new[] { "gateways", "gatewayclasses", "httproutes" }),
            },
            new[]
            {
                new NonResourceRule(new[] { "get" }, new[] { "/healthz", "/livez", "/readyz", "/version", "/version/" }),
                new NonResourceRule(new[] { "get" }, new[] { "/api", "/api/*", "/apis", "/apis/*" }),
            });
    }
}
