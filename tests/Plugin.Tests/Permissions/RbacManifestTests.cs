using System.Linq;
using System.Text.RegularExpressions;
using k8s.Models;
using Kmesh.Preview.KubeApi;
using Xunit;

namespace Kmesh.Plugin.Tests.Permissions;

/// <summary>deploy/rbac/ as an API server would take it: KubernetesClient's RBAC models (unknown fields refused), the
/// fields the API server requires, verbs it knows, resources the preview's API discovery serves, and exactly the grants
/// the README's permissions table lists.</summary>
public sealed class RbacManifestTests
{
    private static readonly string[] KnownVerbs = { "get", "list", "watch", "create", "update", "patch", "delete", "deletecollection" };
    private const string KmeshNamespace = "kmesh-system";

    [Fact]
    public void EveryManifestIsAClusterRoleOrARoleInTheKmeshNamespaceWithTheRequiredFields()
    {
        var objects = RbacManifests.Load();

        Assert.Equal(new[] { "kmesh-operator.yaml", "kmesh-viewer.yaml" }, objects.Select(o => o.File).Distinct());
        foreach (var (file, o) in objects)
        {
            var (apiVersion, kind, meta, rules) = o switch
            {
                V1ClusterRole c => (c.ApiVersion, c.Kind, c.Metadata, c.Rules),
                V1Role r => (r.ApiVersion, r.Kind, r.Metadata, r.Rules),
                _ => throw new Xunit.Sdk.XunitException($"{file}: {o.GetType().Name} does not belong in deploy/rbac"),
            };
            Assert.Equal("rbac.authorization.k8s.io/v1", apiVersion);
            Assert.Matches("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", meta.Name);
            Assert.Equal(kind == "Role" ? KmeshNamespace : null, meta.NamespaceProperty);
            Assert.NotEmpty(rules);
            foreach (V1PolicyRule rule in rules)
            {
                Assert.NotEmpty(rule.Verbs);
                Assert.All(rule.Verbs, v => Assert.Contains(v, KnownVerbs));
                Assert.NotNull(rule.ApiGroups);
                Assert.NotEmpty(rule.Resources);
                Assert.Null(rule.NonResourceURLs);
                Assert.Null(rule.ResourceNames);
            }
        }
        Assert.Equal(objects.Count, objects.Select(o => (o.Object.GetType(), ((IMetadata<V1ObjectMeta>)o.Object).Metadata.Name)).Distinct().Count());
    }

    [Fact]
    public void EveryGrantedResourceIsOneTheApiServesAndARoleGrantsOnlyNamespacedOnes()
    {
        foreach (Grant g in RbacManifests.Grants(RbacManifests.Load().Select(o => o.Object)))
        {
            string[] parts = g.Resource.Split('/');
            ResourceType? type = ResourceTypes.All.SingleOrDefault(t => t.Group == g.Group && t.Plural == parts[0]);
            Assert.True(type is not null, $"{g.Role}: {g.Group}/{parts[0]} is not served by the API (preview discovery)");
            if (parts.Length == 2) Assert.Contains(parts[1], type!.Subresources);
            if (g.Kind == "Role") Assert.True(type!.Namespaced, $"{g.Role} is a Role but {g.Resource} is cluster-scoped");
        }
    }

    [Fact]
    public void ExecAndProxyAreGrantedOnlyInTheKmeshNamespace()
    {
        var grants = RbacManifests.Grants(RbacManifests.Load().Select(o => o.Object)).ToList();

        var daemonAccess = grants.Where(g => g.Resource is "pods/exec" or "pods/proxy" or "pods/log").ToList();
        Assert.NotEmpty(daemonAccess);
        Assert.All(daemonAccess, g => Assert.Equal(("Role", KmeshNamespace), (g.Kind, g.Namespace)));
        Assert.DoesNotContain(grants, g => g.Resource == "secrets");
        Assert.DoesNotContain(grants, g => g.Role.StartsWith("kmesh-viewer") && g.Verb is not ("get" or "list" or "watch") && g.Resource != "pods/exec");
    }

    [Fact]
    public void TheManifestsGrantExactlyWhatTheReadmeTableLists()
    {
        var manifests = RbacManifests.Grants(RbacManifests.Load().Select(o => o.Object)).ToHashSet();
        var table = PermissionsTable.Read().Select(r => r.Grant).ToList();

        Assert.Equal(table.Count, table.Distinct().Count());
        Assert.Empty(manifests.Except(table).Select(g => "granted but not in the README table: " + g));
        Assert.Empty(table.Except(manifests).Select(g => "in the README table but not granted: " + g));
    }

    [Fact]
    public void EveryTableRowSaysWhoUsesItAndWhetherItShipped()
    {
        foreach (TableRow row in PermissionsTable.Read())
        {
            Assert.False(string.IsNullOrWhiteSpace(row.UsedBy), row.ToString());
            Assert.Matches(new Regex("^(shipped|planned \\(issue \\d+\\))"), row.Status);
        }
    }
}
