using System;
using System.Collections.Generic;
using System.Linq;
using Kmesh.Preview.KubeApi;

namespace Kmesh.Preview.Access;

/// <summary>
/// One resource the user may not read, given as <c>--forbid pods@kmesh-system</c>: <c>&lt;resource&gt;</c> (plural, or
/// <c>plural.group</c>) forbidden everywhere; <c>@&lt;namespace&gt;</c> forbidden in that namespace only (granted by
/// RoleBindings in every other one, so, as with real RBAC, lists across all namespaces are forbidden too);
/// <c>@cluster-wide</c> readable in every namespace through RoleBindings but not listable across all namespaces.
/// </summary>
public sealed record ForbiddenList(string Spec, IReadOnlyList<ResourceType> Types, string? Namespace, bool ClusterWideOnly)
{
    public const string ClusterWide = "cluster-wide";

    public string Plural => Types[0].Plural;

    /// <summary>The rules that still grant the resource somewhere, or null when it is forbidden everywhere.</summary>
    public RoleBindings? RemainingGrant => ClusterWideOnly ? new RoleBindings(null) : Namespace is null ? null : new RoleBindings(Namespace);

    /// <summary>How the page banner and the scenario listing describe it.</summary>
    public string Describe() => ClusterWideOnly
        ? $"{Plural} may be read in each namespace but not listed across all namespaces"
        : Namespace is null ? $"{Plural} forbidden everywhere" : $"{Plural} forbidden in namespace {Namespace} (and so across all namespaces)";

    public static ForbiddenList? Parse(string spec, out string? error)
    {
        error = null;
        var at = spec.IndexOf('@');
        var resource = at < 0 ? spec : spec[..at];
        var scope = at < 0 ? null : spec[(at + 1)..];
        var dot = resource.IndexOf('.');
        var plural = dot < 0 ? resource : resource[..dot];
        var group = dot < 0 ? null : resource[(dot + 1)..];
        var types = ResourceTypes.All.Where(t => t.Plural == plural && (group is null || t.Group == group)).ToList();
        if (types.Count == 0)
        {
            error = $"--forbid {spec}: unknown resource '{resource}'; known: {string.Join(", ", ResourceTypes.All.Select(t => t.Plural).Distinct())}";
            return null;
        }
        if (scope is { Length: 0 })
        {
            error = $"--forbid {spec}: give a namespace or '{ClusterWide}' after '@'";
            return null;
        }
        if (scope is not null && !types[0].Namespaced)
        {
            error = $"--forbid {spec}: {plural} is cluster-scoped, so it has no namespace";
            return null;
        }
        var clusterWideOnly = scope == ClusterWide;
        return new ForbiddenList(spec, types, clusterWideOnly ? null : scope, clusterWideOnly);
    }

    public static ForbiddenList Parse(string spec) =>
        Parse(spec, out var error) ?? throw new ArgumentException(error, nameof(spec));
}
