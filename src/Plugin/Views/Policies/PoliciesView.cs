using System.Collections.Generic;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using Kmesh.Model.Mesh;
using Kmesh.Plugin.Views.Mesh;
using Kmesh.Plugin.Views.Shared;
using Kmesh.Plugin.Views.Translations;
using S = Kmesh.Plugin.Views.Policies.PoliciesStrings;

namespace Kmesh.Plugin.Views.Policies;

/// <summary>Authorization policies from one daemon's config dump: scope, action, the rules decoded into clauses, the
/// workloads each applies to, and the raw JSON only behind a per-row toggle.</summary>
public static class PoliciesView
{
    public static ReactElement? Render()
    {
        MeshState mesh = MeshSource.Use();
        string body = mesh.Load?.Body ?? "";
        List<ListColumn<PolicyRow>> columns = React.UseMemo(() => Columns(body), new object?[] { body, Tr.Language });
        ReactElement table = ListTable.Use(columns, mesh.Model?.Policies ?? NoRows, r => r.SearchText, r => r.Key, S.Empty);
        return MeshFrame.Render(S.Title, mesh, model => table);
    }

    private static readonly List<PolicyRow> NoRows = new List<PolicyRow>();

    /// <param name="body">The dump the rows came from: a row's raw JSON is read from it when the row's JSON is opened.</param>
    public static List<ListColumn<PolicyRow>> Columns(string body) => new List<ListColumn<PolicyRow>>
    {
        new ListColumn<PolicyRow>(S.ColName, r => r.Name, null, true),
        new ListColumn<PolicyRow>(S.ColNamespace, r => r.Namespace + "\n" + r.Name, r => Links.Namespace(r.Namespace), true, r => r.Namespace),
        new ListColumn<PolicyRow>(S.ColScope, r => r.Scope, r => S.Scope(r.Scope), true, r => S.Scope(r.Scope)),
        new ListColumn<PolicyRow>(S.ColAction, r => r.Action, r => Ui.Status(r.Action == "DENY" ? "error" : "success", r.Action, null), true, r => r.Action),
        new ListColumn<PolicyRow>(S.ColRules, r => string.Join("\n", r.Rules), r => Rules(r), false),
        new ListColumn<PolicyRow>(S.ColWorkloads, r => RowQuery.CountKey(r.Workloads.Count), r => WorkloadLinks.Of(r.Workloads), true),
        new ListColumn<PolicyRow>(S.ColRaw, r => r.Key, r => El.Component(RawJson.Component, new RawJsonProps { PolicyKey = r.Key, Body = body }), false),
    };

    private static ReactElement Rules(PolicyRow row)
    {
        var lines = new List<ReactElement>();
        for (int i = 0; i < row.Rules.Count; i++) lines.Add(Ui.Text(row.Rules.Count == 1 ? row.Rules[i] : S.Rule(i, row.Rules[i])));
        return Mui.Box(new BoxProps { Display = "flex", FlexDirection = "column", Gap = 1 }, lines.ToArray());
    }

}

[ObjectLiteral]
public sealed class RawJsonProps
{
    public string? PolicyKey { get; set; }
    public string? Body { get; set; }
}

/// <summary>A policy's raw JSON behind a toggle; the dump is read for it only when a row's JSON is first opened.</summary>
public static class RawJson
{
    public static readonly System.Func<RawJsonProps, ReactElement?> Component = Render;

    private static ReactElement? Render(RawJsonProps props)
    {
        var (open, setOpen) = React.UseState<bool>(false);
        string key = props.PolicyKey ?? "";
        ReactElement toggle = Mui.Button(new ButtonProps { Size = "small", OnClick = () => setOpen(!open) }, open ? S.HideJson : S.ShowJson);
        if (!open) return toggle;
        Dictionary<string, string> raw = PolicyJson.Cached(props.Body ?? "");
        string text = raw.TryGetValue(key, out string? json) ? json : S.RawUnavailable;
        return Mui.Box(new BoxProps { Display = "flex", FlexDirection = "column", AlignItems = "flex-start" },
            toggle,
            Mui.Box(new BoxProps { Component = "pre", FontFamily = "monospace", WhiteSpace = "pre-wrap", MaxHeight = "24em", Overflow = "auto" }, text));
    }
}
