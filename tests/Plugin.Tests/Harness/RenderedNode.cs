using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kmesh.Plugin.Tests.Harness;

/// <summary>One node of a rendered tree: a text node (<see cref="Text"/> set) or a fake component with its
/// data props (functions dropped) and rendered children.</summary>
public sealed class RenderedNode
{
    public string? Text { get; init; }
    public string Type { get; init; } = "";
    public JsonObject Props { get; init; } = new();
    public IReadOnlyList<RenderedNode> Children { get; init; } = [];
    public IReadOnlyList<string> Header { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<RenderedNode>> Rows { get; init; } = [];

    public int Id => Props["$id"]?.GetValue<int>() ?? 0;

    public string? Prop(string name) => Props[name] is JsonValue v ? v.ToString() : null;

    public static RenderedNode FromJson(JsonNode node)
    {
        var obj = node.AsObject();
        if (obj["t"] is JsonNode t) return new RenderedNode { Text = t.GetValue<string>(), Type = "#text" };
        return new RenderedNode
        {
            Type = obj["type"]!.GetValue<string>(),
            Props = obj["props"]?.DeepClone().AsObject() ?? new JsonObject(),
            Children = obj["children"]?.AsArray().Select(c => FromJson(c!)).ToList() ?? [],
            Header = obj["header"]?.AsArray().Select(h => h!.GetValue<string>()).ToList() ?? [],
            Rows = obj["rows"]?.AsArray()
                .Select(r => (IReadOnlyList<RenderedNode>)r!.AsArray().Select(c => FromJson(c!)).ToList()).ToList() ?? [],
        };
    }

    /// <summary>This node and every descendant, depth first, in render order.</summary>
    public IEnumerable<RenderedNode> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var d in child.DescendantsAndSelf())
                yield return d;
    }

    /// <summary>The visible text under this node: every text node, in order, one per line.</summary>
    public string VisibleText() =>
        string.Join("\n", DescendantsAndSelf().Where(n => n.Text is not null).Select(n => n.Text));

    public IEnumerable<RenderedNode> All(string type) => DescendantsAndSelf().Where(n => n.Type == type);

    /// <summary>A SimpleTable's cells as text, one string array per row.</summary>
    public IReadOnlyList<string[]> RowTexts() => Rows.Select(r => r.Select(c => c.VisibleText()).ToArray()).ToList();

    public override string ToString() => Text ?? $"<{Type}>";
}
