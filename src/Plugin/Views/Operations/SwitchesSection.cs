using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Operations;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Operations.OperationsStrings;

namespace Kmesh.Plugin.Views.Operations;

/// <summary>The POST-only runtime switches, per node or all nodes (dual-engine only). Their state is unknown until set
/// from here, then remembered per cluster and node with the time, and confirmed where an indirect read exists.</summary>
public static class SwitchesSection
{
    public static readonly System.Func<OperationsProps, ReactElement?> Component = Render;

    public static ReactElement? Render(OperationsProps props)
    {
        NodeTarget target = props.Target!;
        IList<NodeTarget> all = props.AllTargets ?? new List<NodeTarget>();
        List<RememberedSwitch> remembered = OperationsSettings.UseRememberedSwitches();
        var (allNodes, setAllNodes) = React.UseState(false);
        var (dialog, setDialog) = React.UseState<NodeActionProps?>(null);
        string? notOffered = RuntimeSwitches.NotOffered(props.Mode ?? "");
        string cluster = HeadlampUtils.GetCluster() ?? "";
        SwitchReads reads = SwitchReadsHook.Use(target.Pod, notOffered is null, SwitchEvidenceCells.Key(remembered, cluster, target.Node), props.Current);
        if (notOffered is not null) return CommonComponents.SectionBox(new SectionBoxProps { Title = S.SwitchesTitle }, Ui.Info(notOffered));
        bool mayChange = props.ReadOnly != true;
        bool allowed = props.Access?.Allowed == true;
        List<LogLine> tail = props.Current?.Lines ?? new List<LogLine>();

        void Open(RuntimeSwitch item, bool enable)
        {
            setDialog(new NodeActionProps
            {
                Title = RuntimeSwitches.Verb(item, enable),
                Change = S.SwitchChange(RuntimeSwitches.Verb(item, enable), RuntimeSwitches.Request(item, enable).Path, item.Effect),
                Targets = allNodes ? all : new List<NodeTarget> { target },
                Request = RuntimeSwitches.Request(item, enable),
                OnOutcome = outcome =>
                {
                    if (outcome.Kind != OutcomeKind.Succeeded) return;
                    // Read the stored list at the time of each answer: several nodes answer one after another.
                    OperationsSettings.SaveSwitches(SwitchMemory.Remember(OperationsSettings.CurrentSwitches(),
                        new RememberedSwitch(cluster, outcome.Node, item.Id, enable, BrowserClock.NowIso())));
                },
                OnClose = () =>
                {
                    setDialog(null);
                    props.OnChanged?.Invoke();
                },
            });
        }

        var columns = new List<TableColumn<RuntimeSwitch>>
        {
            new TableColumn<RuntimeSwitch> { Label = S.ColSwitch, Getter = s => s.Label },
            new TableColumn<RuntimeSwitch> { Label = S.ColEffect, Getter = s => s.Effect },
            new TableColumn<RuntimeSwitch> { Label = S.ColState, Getter = s => SwitchEvidenceCells.State(SwitchMemory.Find(remembered, cluster, target.Node, s.Id), reads, s.Id, tail) },
            new TableColumn<RuntimeSwitch> { Label = S.ColEvidence, Getter = s => SwitchEvidenceCells.Evidence(reads, s.Id, tail) },
        };
        if (mayChange)
        {
            columns.Add(new TableColumn<RuntimeSwitch>
            {
                Label = S.ColChange,
                Getter = s => Mui.Box(new BoxProps { Display = "flex", Gap = 1 },
                    Mui.Button(new ButtonProps { Variant = "outlined", Size = "small", Disabled = !allowed, OnClick = () => Open(s, true) }, S.TurnOn),
                    Mui.Button(new ButtonProps { Variant = "outlined", Size = "small", Disabled = !allowed, OnClick = () => Open(s, false) }, S.TurnOff)),
            });
        }
        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.SwitchesTitle },
            Mui.Box(new BoxProps { Display = "flex", Gap = 2, AlignItems = "center", FlexWrap = "wrap" },
                Ui.Secondary(S.SwitchesNote),
                Mui.Button(new ButtonProps { Size = "small", OnClick = reads.ReadAgain }, S.ReadMetricsAgain)),
            CommonComponents.SimpleTable(new SimpleTableProps<RuntimeSwitch> { Columns = columns, Data = new List<RuntimeSwitch>(RuntimeSwitches.All) }),
            mayChange ? Mui.Box(new BoxProps { Mt = 1, Display = "flex", Gap = 2, AlignItems = "center", FlexWrap = "wrap" },
                LoggersSection.ScopeSelect(allNodes, all.Count, setAllNodes),
                Permissions.Caption(props.Access)) : Ui.Secondary(S.ReadOnlyNote),
            dialog is null ? null : El.Component(NodeActionDialog.Component, dialog));
    }
}
