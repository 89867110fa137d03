using System.Collections.Generic;
using System.Threading.Tasks;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Operations;
using Kmesh.Model.Rules;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Operations.OperationsStrings;
using Kmesh.Plugin.Views.Settings;

namespace Kmesh.Plugin.Views.Operations;

[ObjectLiteral]
public sealed class WaypointCreateProps
{
    public IReadOnlyList<V1Namespace>? Namespaces { get; set; }
    public IReadOnlyList<V1Service>? Services { get; set; }
}

/// <summary>"Create waypoint": the Gateway kmeshctl waypoint apply generates, for a namespace, optionally routing
/// the namespace or one service through it; shown as YAML before anything is applied.</summary>
public static class WaypointCreate
{
    public static readonly System.Func<WaypointCreateProps, ReactElement?> Component = Render;

    public static ReactElement? Render(WaypointCreateProps props)
    {
        bool readOnly = OperationsSettings.UseReadOnly();
        ListState<V1Pod> daemons = Lists.UseDaemonPods();
        AccessAnswer? mayCreateAnywhere = Permissions.UseAccess(Permission.Gateways("create", ""));
        var (open, setOpen) = React.UseState(false);
        var (ns, setNs) = React.UseState("default");
        var (name, setName) = React.UseState(WaypointManifest.DefaultName);
        var (forValue, setFor) = React.UseState("service");
        var (use, setUse) = React.UseState("none");
        var (results, setResults) = React.UseState<List<WriteResult>?>(null);
        AccessAnswer? mayCreate = Permissions.UseAccess(Permission.Gateways("create", ns));
        AccessAnswer? mayLabel = Permissions.UseAccess(use == "namespace" ? Permission.PatchNamespaces() : Permission.PatchServices(ns));
        if (readOnly) return null;

        string version = "";
        foreach (V1Pod pod in Lists.Json(daemons))
        {
            if (version.Length == 0) version = VersionSkewRules.ImageVersion(pod, KmeshConfig.Current());
        }
        string? service = use.StartsWith("service:") ? use.Substring("service:".Length) : null;
        var request = new WaypointSpecRequest(ns, name, forValue, WaypointManifest.ImageFor(version), use == "namespace", service);
        List<string> problems = WaypointManifest.Validate(request);
        bool labelNeeded = use != "none";
        bool allowed = mayCreate?.Allowed == true && (!labelNeeded || mayLabel?.Allowed == true);

        var button = Mui.Box(new BoxProps { Mb = 2, Display = "flex", Gap = 2, AlignItems = "center" },
            Mui.Button(new ButtonProps { Variant = "contained", Disabled = mayCreateAnywhere?.Allowed != true, OnClick = () => { setResults(null); setOpen(true); } }, S.CreateWaypoint),
            Permissions.Caption(mayCreateAnywhere));
        if (!open) return button;

        System.Action close = () => setOpen(false);
        if (results is not null)
        {
            return El.Fragment(button, Mui.Dialog(new DialogProps { Open = true, OnClose = close, MaxWidth = "md", FullWidth = true },
                Mui.DialogTitle(S.CreateWaypointTitle),
                Mui.DialogContent(ResultTable(results)),
                Mui.DialogActions(Mui.Button(new ButtonProps { Variant = "contained", OnClick = close }, S.Close))));
        }

        var nsItems = new List<object?>();
        foreach (V1Namespace item in props.Namespaces ?? new List<V1Namespace>())
        {
            string n = item.Metadata?.Name ?? "";
            if (n.Length > 0) nsItems.Add(Mui.MenuItem(new MenuItemProps { Value = n, Key = n }, n));
        }
        var forItems = new List<object?>();
        foreach (string value in WaypointManifest.ForValues) forItems.Add(Mui.MenuItem(new MenuItemProps { Value = value, Key = value }, value));
        var useItems = new List<object?>
        {
            Mui.MenuItem(new MenuItemProps { Value = "none", Key = "none" }, S.UseNothing),
            Mui.MenuItem(new MenuItemProps { Value = "namespace", Key = "namespace" }, S.UseNamespace),
        };
        foreach (V1Service svc in props.Services ?? new List<V1Service>())
        {
            if (svc.Metadata?.NamespaceProperty != ns) continue;
            string s = svc.Metadata?.Name ?? "";
            useItems.Add(Mui.MenuItem(new MenuItemProps { Value = "service:" + s, Key = "service:" + s }, "service " + s));
        }
        var problemLines = new List<object?>();
        foreach (string problem in problems) problemLines.Add(Mui.Typography(new TypographyProps { Variant = "body2", Color = "error", Key = problem }, problem));

        return El.Fragment(button, Mui.Dialog(new DialogProps { Open = true, OnClose = close, MaxWidth = "md", FullWidth = true },
            Mui.DialogTitle(S.CreateWaypointTitle),
            Mui.DialogContent(
                Mui.Box(new BoxProps { Display = "flex", Gap = 2, FlexWrap = "wrap", Mt = 1 },
                    Mui.TextField(new TextFieldProps { Select = true, Size = "small", Label = S.WaypointNamespace, Value = ns, OnChange = e => { setNs(e.Target.Value); setUse("none"); } }, nsItems.ToArray()),
                    Mui.TextField(new TextFieldProps { Size = "small", Label = S.WaypointName, Value = name, OnChange = e => setName(e.Target.Value) }),
                    Mui.TextField(new TextFieldProps { Select = true, Size = "small", Label = S.WaypointFor, Value = forValue, OnChange = e => setFor(e.Target.Value) }, forItems.ToArray()),
                    Mui.TextField(new TextFieldProps { Select = true, Size = "small", Label = S.WaypointUse, Value = use, OnChange = e => setUse(e.Target.Value) }, useItems.ToArray())),
                Mui.Box(new BoxProps { Mt = 2 }, problemLines.ToArray()),
                Mui.Typography(new TypographyProps { Variant = "subtitle2", GutterBottom = true }, S.YamlPreview),
                Mui.Box(new BoxProps { Component = "pre", FontFamily = "monospace", WhiteSpace = "pre-wrap", P = 1 }, WaypointManifest.Yaml(request)),
                Permissions.Caption(mayCreate),
                labelNeeded ? Permissions.Caption(mayLabel) : null,
                Ui.Secondary(S.NothingSent)),
            Mui.DialogActions(
                Mui.Button(new ButtonProps { OnClick = close }, S.Cancel),
                Mui.Button(new ButtonProps { Variant = "contained", Disabled = !allowed || problems.Count > 0, OnClick = () => { _ = Apply(request, setResults); } }, S.Apply))));
    }

    public static ReactElement ResultTable(List<WriteResult> results) =>
        CommonComponents.SimpleTable(new SimpleTableProps<WriteResult>
        {
            Columns = new List<TableColumn<WriteResult>>
            {
                new TableColumn<WriteResult> { Label = S.ColChange, Getter = r => r.What },
                new TableColumn<WriteResult> { Label = S.ColResult, Getter = r => CommonComponents.StatusLabel(new StatusLabelProps { Status = r.Ok ? "success" : "error" }, r.Ok ? S.Succeeded : S.Failed) },
                new TableColumn<WriteResult> { Label = S.ColDetail, Getter = r => r.Message },
            },
            Data = results,
        });

    private static async Task Apply(WaypointSpecRequest request, System.Action<List<WriteResult>?> setResults)
    {
        var results = new List<WriteResult>();
        WriteResult created = await ResourceWrite.Create($"Gateway {request.Namespace}/{request.Name} {S.Created}",
            WaypointManifest.GatewaysPath(request.Namespace), WaypointManifest.Json(request));
        results.Add(created);
        if (created.Ok && request.EnrollNamespace)
        {
            results.Add(await ResourceWrite.MergePatch($"namespace {request.Namespace} {S.Labelled} {Meta.UseWaypointLabel}={request.Name}",
                WaypointManifest.NamespacePath(request.Namespace), WaypointManifest.WaypointLabelPatch(request.Name)));
        }
        if (created.Ok && request.EnrollService is not null)
        {
            results.Add(await ResourceWrite.MergePatch($"service {request.Namespace}/{request.EnrollService} {S.Labelled} {Meta.UseWaypointLabel}={request.Name}",
                WaypointManifest.ServicePath(request.Namespace, request.EnrollService), WaypointManifest.WaypointLabelPatch(request.Name)));
        }
        setResults(results);
    }
}
