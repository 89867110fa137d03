using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Mesh;
using Kmesh.Plugin.Views.Mesh;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Policies.PoliciesStrings;

namespace Kmesh.Plugin.Views.Policies;

/// <summary>Authorization policies from one daemon's config dump: scope, action, the rules decoded into clauses, the
/// workloads each applies to, and the raw JSON only behind a per-row toggle.</summary>
public static class PoliciesView
{
    /// <summary>Workload links shown per policy before "and N more" (the rest are one search away).</summary>
    public const int ShownWorkloads = 10;

    public static ReactElement? Render()
    {
        MeshState mesh = MeshSource.Use();
        MeshTableState table = MeshTableState.Use(mesh.InitialSearch);
        var (openJson, setOpenJson) = React.UseState<string>("");
        string body = mesh.Load?.Body ?? "";
        bool anyOpen = openJson.Length > 0;
        Dictionary<string, string>? raw = React.UseMemo<Dictionary<string, string>?>(() => anyOpen ? PolicyJson.ByKey(body) : null, new object?[] { body, anyOpen });
        List<MeshColumn<PolicyRow>> columns = Columns(openJson, setOpenJson, raw);
        List<PolicyRow> matching = MeshTable.UseRows(mesh.Model?.Policies, columns, table, r => r.SearchText);
        return MeshFrame.Render(S.Title, mesh, model => MeshTable.Render(columns, matching, model.Policies.Count, table, mesh.WriteSearch, S.Empty));
    }

    public static List<MeshColumn<PolicyRow>> Columns(string openJson, System.Action<string> setOpenJson, Dictionary<string, string>? raw) => new List<MeshColumn<PolicyRow>>
    {
        new MeshColumn<PolicyRow>(S.ColName, r => r.Name, r => r.Name),
        new MeshColumn<PolicyRow>(S.ColNamespace, r => r.Namespace, r => r.Namespace + "\n" + r.Name),
        new MeshColumn<PolicyRow>(S.ColScope, r => S.Scope(r.Scope), r => r.Scope),
        new MeshColumn<PolicyRow>(S.ColAction, r => Ui.Status(r.Action == "DENY" ? "error" : "success", r.Action, null), r => r.Action),
        new MeshColumn<PolicyRow>(S.ColRules, r => Rules(r), null),
        new MeshColumn<PolicyRow>(S.ColWorkloads, r => Workloads(r), r => RowQuery.CountKey(r.Workloads.Count)),
        new MeshColumn<PolicyRow>(S.ColRaw, r => Raw(r, r.Key == openJson, setOpenJson, raw), null),
    };

    private static ReactElement Rules(PolicyRow row)
    {
        var lines = new List<ReactElement>();
        for (int i = 0; i < row.Rules.Count; i++) lines.Add(Ui.Text(row.Rules.Count == 1 ? row.Rules[i] : S.Rule(i, row.Rules[i])));
        return Mui.Box(new BoxProps { Display = "flex", FlexDirection = "column", Gap = 1 }, lines.ToArray());
    }

    private static ReactElement Workloads(PolicyRow row)
    {
        var links = new List<ReactElement>();
        for (int i = 0; i < row.Workloads.Count && i < ShownWorkloads; i++) links.Add(MeshLinks.Workload(row.Workloads[i]));
        int rest = row.Workloads.Count - links.Count;
        return Mui.Box(new BoxProps { Display = "flex", FlexDirection = "column" },
            Ui.Text(row.Workloads.Count.ToString()),
            MeshLinks.Lines(links),
            rest > 0 ? Ui.Secondary(S.More(rest)) : null);
    }

    private static ReactElement Raw(PolicyRow row, bool open, System.Action<string> setOpenJson, Dictionary<string, string>? raw)
    {
        ReactElement toggle = Mui.Button(new ButtonProps { Size = "small", OnClick = () => setOpenJson(open ? "" : row.Key) }, open ? S.HideJson : S.ShowJson);
        if (!open) return toggle;
        string text = raw is not null && raw.TryGetValue(row.Key, out string? json) ? json : S.RawUnavailable;
        return Mui.Box(new BoxProps { Display = "flex", FlexDirection = "column", AlignItems = "flex-start" },
            toggle,
            Mui.Box(new BoxProps { Component = "pre", FontFamily = "monospace", WhiteSpace = "pre-wrap", MaxHeight = "24em", Overflow = "auto" }, text));
    }
}
