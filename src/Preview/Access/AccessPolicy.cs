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

    public bool Allows(string verb, string group, string resource, string? subresource) =>
        Rules.Any(r => r.Matches(verb, group, resource, subresource));

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
                new PolicyRule(read, new[] { "" }, new[] { "configmaps", "endpoints", "events", "namespaces", "nodes", "pods", "pods/log", "serviceaccounts", "services" }),
                new PolicyRule(new[] { "get", "create" }, new[] { "" }, new[] { "pods/proxy" }),
                new PolicyRule(read, new[] { "apps" }, new[] { "daemonsets", "deployments", "replicasets", "statefulsets" }),
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
