using System.Collections.Generic;
using System.Threading.Tasks;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using Kmesh.Model;
using Kmesh.Model.Operations;
using Kmesh.Model.Sources;
using Kmesh.Model.Transport;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Operations.OperationsStrings;

namespace Kmesh.Plugin.Views.Operations;

[ObjectLiteral]
public sealed class OperationsProps
{
    public NodeTarget? Target { get; set; }
    public IList<NodeTarget>? AllTargets { get; set; }
    public string? Mode { get; set; }
    public bool? ReadOnly { get; set; }
    public AccessAnswer? Access { get; set; }
    public LogTailState? Current { get; set; }
    public System.Action? OnChanged { get; set; }
}

/// <summary>One logger's level on this node as read from the daemon, or why it could not be read.</summary>
public sealed record LoggerRow(string Name, string Level);

/// <summary>Every logger's level on this node (/debug/loggers, then ?name= for each), and a change for this node or
/// all nodes offering only the levels that logger accepts.</summary>
public static class LoggersSection
{
    public static readonly System.Func<OperationsProps, ReactElement?> Component = Render;

    public static ReactElement? Render(OperationsProps props)
    {
        NodeTarget target = props.Target!;
        var (rows, setRows) = React.UseState<List<LoggerRow>?>(null);
        var (failure, setFailure) = React.UseState<string?>(null);
        var (generation, setGeneration) = React.UseState(0);
        var (chosen, setChosen) = React.UseState<Dictionary<string, string>>(new Dictionary<string, string>());
        var (allNodes, setAllNodes) = React.UseState(false);
        var (dialog, setDialog) = React.UseState<NodeActionProps?>(null);
        React.UseEffect(() =>
        {
            var request = new Request();
            _ = Load(target.Pod, request, setRows, setFailure);
            return () => request.Cancelled = true;
        }, new object?[] { target.Pod, generation });

        if (failure is not null) return CommonComponents.SectionBox(new SectionBoxProps { Title = S.LoggersTitle }, Ui.Failure(S.LoggersTitle, failure, null));
        if (rows is null) return CommonComponents.SectionBox(new SectionBoxProps { Title = S.LoggersTitle }, Ui.Loading(S.LoggersLoading));
        IList<NodeTarget> all = props.AllTargets ?? new List<NodeTarget>();
        bool mayChange = props.ReadOnly != true;
        bool allowed = props.Access?.Allowed == true;

        string LevelOf(LoggerRow row) => chosen.TryGetValue(row.Name, out string? level) ? level! : LoggerChange.Levels(row.Name)[0];

        void Open(LoggerRow row)
        {
            string level = LevelOf(row);
            LoggerChangeResult change = LoggerChange.Build(row.Name, level);
            if (change.Request is null) return;
            setDialog(new NodeActionProps
            {
                Title = $"{S.Change} logger {row.Name}",
                Change = S.LoggerChange(row.Name, level),
                Targets = allNodes ? all : new List<NodeTarget> { target },
                Request = change.Request,
                OnClose = () => { setDialog(null); setGeneration(generation + 1); },
            });
        }

        var columns = new List<TableColumn<LoggerRow>>
        {
            new TableColumn<LoggerRow> { Label = S.ColLogger, Getter = r => r.Name },
            new TableColumn<LoggerRow> { Label = S.ColLevel, Getter = r => r.Level },
        };
        if (mayChange)
        {
            columns.Add(new TableColumn<LoggerRow>
            {
                Label = S.ColChange,
                Getter = r => Mui.Box(new BoxProps { Display = "flex", Gap = 1, AlignItems = "center" },
                    LevelSelect(r.Name, LevelOf(r), value =>
                    {
                        var next = new Dictionary<string, string>();
                        foreach (KeyValuePair<string, string> pair in chosen) next[pair.Key] = pair.Value;
                        next[r.Name] = value;
                        setChosen(next);
                    }),
                    Mui.Button(new ButtonProps { Variant = "outlined", Size = "small", Disabled = !allowed, OnClick = () => Open(r) }, S.Change)),
            });
        }
        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.LoggersTitle },
            CommonComponents.SimpleTable(new SimpleTableProps<LoggerRow> { Columns = columns, Data = rows }),
            mayChange ? Mui.Box(new BoxProps { Mt = 1, Display = "flex", Gap = 2, AlignItems = "center", FlexWrap = "wrap" },
                ScopeSelect(allNodes, all.Count, setAllNodes),
                Permissions.Caption(props.Access)) : Ui.Secondary(S.ReadOnlyNote),
            dialog is null ? null : El.Component(NodeActionDialog.Component, dialog));
    }

    public static ReactElement LevelSelect(string logger, string value, System.Action<string> onChange)
    {
        var items = new List<object?>();
        foreach (string level in LoggerChange.Levels(logger)) items.Add(Mui.MenuItem(new MenuItemProps { Value = level, Key = level }, level));
        return Mui.TextField(new TextFieldProps { Select = true, Size = "small", Label = S.NewLevel, Value = value, OnChange = e => onChange(e.Target.Value) }, items.ToArray());
    }

    /// <summary>"this node" or "all N nodes".</summary>
    public static ReactElement ScopeSelect(bool allNodes, int count, System.Action<bool> onChange) =>
        Mui.TextField(new TextFieldProps { Select = true, Size = "small", Label = S.Scope, Value = allNodes ? "all" : "one", OnChange = e => onChange(e.Target.Value == "all") },
            Mui.MenuItem(new MenuItemProps { Value = "one", Key = "one" }, S.ThisNode),
            Mui.MenuItem(new MenuItemProps { Value = "all", Key = "all" }, S.AllNodes(count)));

    private static async Task Load(string pod, Request request, System.Action<List<LoggerRow>?> setRows, System.Action<string?> setFailure)
    {
        AdminCallResult list = await DaemonClient.Get(pod, "/debug/loggers");
        if (request.Cancelled) return;
        if (!list.Ok)
        {
            setFailure(list.Failure is null ? S.NoAnswer : S.Failure(list.Failure.Message, list.Failure.Hint));
            return;
        }
        Parsed<LoggerList> names = LoggerList.Read(list.Response!.Body);
        if (names.Value is null)
        {
            setFailure(names.Error!.ToString());
            return;
        }
        var rows = new List<LoggerRow>();
        foreach (string name in names.Value.Names)
        {
            string? path = LoggerChange.ReadPath(name);
            if (path is null) continue;
            AdminCallResult one = await DaemonClient.Get(pod, path);
            if (request.Cancelled) return;
            Parsed<LoggerLevel>? level = one.Ok ? LoggerLevel.Read(one.Response!.Body) : null;
            rows.Add(new LoggerRow(name, level?.Value?.Level ?? S.LevelUnread));
        }
        setFailure(null);
        setRows(rows);
    }
}
