using System;
using System.Collections.Generic;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using Kmesh.Model.Rules;
using Kmesh.Plugin.Views.Nodes;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Overview.OverviewStrings;

namespace Kmesh.Plugin.Views.Overview;

[ObjectLiteral]
public sealed class ProblemGroupProps
{
    public ProblemGroup? Group { get; set; }
    public string? Key { get; set; }
}

/// <summary>One kind of problem: its title and count, expandable (errors start expanded), at most
/// <see cref="OverviewStrings.ShownPerGroup"/> items, then "and N more" linking to the Nodes list filtered to them.</summary>
public static class ProblemGroupView
{
    /// <summary>The component, as one function value: React keys component instances on the function's identity.</summary>
    public static readonly Func<ProblemGroupProps, ReactElement?> Component = Render;

    public static ReactElement? Render(ProblemGroupProps props)
    {
        ProblemGroup group = props.Group!;
        var (expanded, setExpanded) = React.UseState<bool>(group.Level == HealthLevel.Red);
        var items = new List<object?>();
        if (expanded)
        {
            for (int i = 0; i < group.Items.Count && i < S.ShownPerGroup; i++)
            {
                ProblemItem item = group.Items[i];
                items.Add(Mui.Typography(new TypographyProps { Component = "li", Variant = "body2", Key = i.ToString() },
                    item.Node.Length == 0 ? null : Links.KmeshNode(item.Node),
                    item.Node.Length == 0 ? item.Text : ": " + item.Text));
            }
        }
        int more = group.Items.Count - S.ShownPerGroup;
        return Mui.Box(new BoxProps { Mb = 1 },
            Mui.Box(new BoxProps { Display = "flex", Gap = 1, AlignItems = "center" },
                Ui.Status(Lists.StatusOf(group.Level), S.GroupTitle(S.ProblemTitle(group.Kind), group.Items.Count), null),
                Mui.Button(new ButtonProps { Size = "small", OnClick = () => setExpanded(!expanded) }, expanded ? S.Collapse : S.Expand)),
            !expanded ? null : Mui.Box(new BoxProps { Component = "ul" }, items.ToArray()),
            !expanded || more <= 0 ? null
                : group.Filter.Length > 0
                    ? CommonComponents.Link(new LinkProps { RouteName = RouteNames.NodesFiltered, Params = new RouteParams { Status = group.Filter } }, S.AndMore(more))
                    : Ui.Secondary(S.AndMore(more)));
    }
}
