using System.Collections.Generic;
using System.Linq;

namespace Kmesh.Plugin.Tests.Harness;

/// <summary>A rendered route: the top-level nodes and helpers to read what a user would see.</summary>
public sealed class RenderResult
{
    public RenderResult(IReadOnlyList<RenderedNode> roots) => Roots = roots;

    public IReadOnlyList<RenderedNode> Roots { get; }

    public IEnumerable<RenderedNode> Nodes => Roots.SelectMany(r => r.DescendantsAndSelf());

    public string Text => string.Join("\n", Roots.Select(r => r.VisibleText()));

    public IEnumerable<RenderedNode> All(string type) => Nodes.Where(n => n.Type == type);

    /// <summary>(status, label) of every StatusLabel.</summary>
    public IReadOnlyList<(string Status, string Label)> Statuses =>
        All("StatusLabel").Select(n => (n.Prop("status") ?? "", n.VisibleText())).ToList();

    public RenderedNode Single(string type) => All(type).Single();
}
