using System;
using System.Collections.Generic;
using System.Linq;
using Kmesh.Preview.Access;

namespace Kmesh.Preview.Scenarios;

/// <summary>A named simulated cluster: its description for the page banner, its RBAC and its (lazily built) contents.</summary>
public sealed class Scenario
{
    private readonly Lazy<ClusterModel> model;

    public Scenario(string name, string title, string description, AccessPolicy access, Func<ClusterModel> build)
    {
        Name = name;
        Title = title;
        Description = description;
        Access = access;
        model = new Lazy<ClusterModel>(build);
    }

    public string Name { get; }
    public string Title { get; }
    public string Description { get; }
    public AccessPolicy Access { get; }
    public ClusterModel Model => model.Value;

    /// <summary>The same cluster seen by a user who may not read the given lists (<c>--forbid</c>), said in the banner.</summary>
    public Scenario Forbidding(IReadOnlyList<ForbiddenList> forbidden) => forbidden.Count == 0
        ? this
        : new Scenario(Name, Title, $"{Description} Forbidden: {string.Join("; ", forbidden.Select(f => f.Describe()))}.",
            forbidden.Aggregate(Access, (access, f) => access.Forbidding(f)), () => Model);
}
