using System.Collections.Generic;
using System.IO;
using System.Linq;
using k8s;
using k8s.Models;
using Kmesh.Plugin.Tests.Harness;

namespace Kmesh.Plugin.Tests.Permissions;

/// <summary>One verb on one resource granted by one role: the unit the README table, the manifests and the views'
/// requests are compared in. <see cref="Namespace"/> is null for a ClusterRole; <see cref="Group"/> "" is core.</summary>
public sealed record Grant(string Role, string Kind, string? Namespace, string Group, string Resource, string Verb);

/// <summary>The roles in deploy/rbac/, read with KubernetesClient's own YAML loader into its RBAC models.</summary>
public static class RbacManifests
{
    public static string Folder => Path.Combine(PluginHost.RepoRoot, "deploy", "rbac");

    /// <summary>Every object of every manifest, typed by apiVersion/kind; strict: an unknown field is an error.</summary>
    public static List<(string File, object Object)> Load() =>
        Directory.GetFiles(Folder, "*.yaml").Order()
            .SelectMany(file => KubernetesYaml.LoadAllFromString(File.ReadAllText(file), null, true).Select(o => (Path.GetFileName(file), o)))
            .ToList();

    public static IEnumerable<Grant> Grants(IEnumerable<object> objects)
    {
        foreach (object o in objects)
        {
            var (kind, name, ns, rules) = o switch
            {
                V1ClusterRole c => ("ClusterRole", c.Metadata.Name, (string?)null, c.Rules),
                V1Role r => ("Role", r.Metadata.Name, r.Metadata.NamespaceProperty, r.Rules),
                _ => throw new InvalidDataException($"deploy/rbac holds a {o.GetType().Name}; only Roles and ClusterRoles belong there"),
            };
            foreach (V1PolicyRule rule in rules)
            {
                foreach (string group in rule.ApiGroups)
                foreach (string resource in rule.Resources)
                foreach (string verb in rule.Verbs)
                {
                    yield return new Grant(name, kind, ns, group, resource, verb);
                }
            }
        }
    }
}
