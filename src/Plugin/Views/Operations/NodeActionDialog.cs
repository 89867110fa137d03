using System.Collections.Generic;
using System.Threading.Tasks;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using Kmesh.Model.Operations;
using Kmesh.Model.Transport;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Operations.OperationsStrings;

namespace Kmesh.Plugin.Views.Operations;

[ObjectLiteral]
public sealed class NodeActionProps
{
    public string? Title { get; set; }
    /// <summary>Exactly what will change, in words and as the request sent.</summary>
    public string? Change { get; set; }
    public IList<NodeTarget>? Targets { get; set; }
    public AdminRequest? Request { get; set; }
    public System.Action? OnClose { get; set; }
    /// <summary>Called with each node's outcome as it arrives (to remember switch values, re-read levels…).</summary>
    public System.Action<NodeOutcome>? OnOutcome { get; set; }
    public string? Key { get; set; }
}

/// <summary>A mutating admin call on one or more nodes: first a confirmation stating what changes on which nodes
/// (nothing is sent before it), then each node's progress and result, with a retry of the failed ones.</summary>
public static class NodeActionDialog
{
    private const int Parallel = 4;

    public static readonly System.Func<NodeActionProps, ReactElement?> Component = Render;

    public static ReactElement? Render(NodeActionProps props)
    {
        IList<NodeTarget> targets = props.Targets ?? new List<NodeTarget>();
        var (outcomes, setOutcomes) = React.UseState<List<NodeOutcome>?>(null);
        RefObject<List<NodeOutcome>?> latest = React.UseRef<List<NodeOutcome>?>(null);
        System.Action close = props.OnClose ?? (() => { });

        void Publish(List<NodeOutcome> next)
        {
            latest.Current = next;
            setOutcomes(new List<NodeOutcome>(next));
        }

        void Start(List<NodeTarget> run)
        {
            var next = new List<NodeOutcome>(latest.Current ?? new List<NodeOutcome>());
            foreach (NodeTarget target in run)
            {
                int at = IndexOf(next, target.Pod);
                if (at >= 0) next[at] = NodeOutcomes.Pending(target);
                else next.Add(NodeOutcomes.Pending(target));
            }
            Publish(next);
            var queue = new Queue<NodeTarget>(run);
            for (int i = 0; i < Parallel && i < run.Count; i++) _ = Worker(queue, props, Publish, latest);
        }

        if (outcomes is null)
        {
            var lines = new List<object?>();
            foreach (NodeTarget target in targets) lines.Add(Mui.Typography(new TypographyProps { Variant = "body2", Key = target.Pod }, "• " + S.NodeLine(target.Node, target.Pod)));
            return Mui.Dialog(new DialogProps { Open = true, OnClose = close, MaxWidth = "md", FullWidth = true },
                Mui.DialogTitle(props.Title),
                Mui.DialogContent(
                    Mui.Typography(new TypographyProps { Variant = "body1", GutterBottom = true }, props.Change),
                    Mui.Typography(new TypographyProps { Variant = "body2", GutterBottom = true }, S.OnNodes),
                    Mui.Box(new BoxProps { Mb = 2 }, lines.ToArray()),
                    Ui.Secondary(S.NothingSent)),
                Mui.DialogActions(
                    Mui.Button(new ButtonProps { OnClick = close }, S.Cancel),
                    Mui.Button(new ButtonProps { Variant = "contained", Color = "primary", OnClick = () => Start(new List<NodeTarget>(targets)) }, S.Confirm)));
        }

        var failed = new List<NodeTarget>();
        bool running = false;
        foreach (NodeOutcome outcome in outcomes)
        {
            if (outcome.Failed) failed.Add(new NodeTarget(outcome.Node, outcome.Pod));
            if (outcome.Kind == OutcomeKind.Pending) running = true;
        }
        return Mui.Dialog(new DialogProps { Open = true, OnClose = close, MaxWidth = "lg", FullWidth = true },
            Mui.DialogTitle(props.Title),
            Mui.DialogContent(
                Mui.Typography(new TypographyProps { Variant = "body2", GutterBottom = true }, props.Change),
                Mui.Typography(new TypographyProps { Variant = "body1", GutterBottom = true }, NodeOutcomes.Summary(outcomes)),
                OutcomeTable(outcomes)),
            Mui.DialogActions(
                failed.Count == 0 ? null : Mui.Button(new ButtonProps { Disabled = running, OnClick = () => Start(failed) }, $"{S.RetryFailed} ({failed.Count})"),
                Mui.Button(new ButtonProps { Variant = "contained", OnClick = close }, S.Close)));
    }

    public static ReactElement OutcomeTable(IList<NodeOutcome> outcomes) =>
        CommonComponents.SimpleTable(new SimpleTableProps<NodeOutcome>
        {
            Columns = new List<TableColumn<NodeOutcome>>
            {
                new TableColumn<NodeOutcome> { Label = S.ColNode, Getter = o => o.Node },
                new TableColumn<NodeOutcome> { Label = S.ColPod, Getter = o => o.Pod },
                new TableColumn<NodeOutcome> { Label = S.ColResult, Getter = o => ResultLabel(o.Kind) },
                new TableColumn<NodeOutcome> { Label = S.ColDetail, Getter = o => o.Message },
            },
            Data = outcomes,
        });

    public static ReactElement ResultLabel(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Succeeded => CommonComponents.StatusLabel(new StatusLabelProps { Status = "success" }, S.Succeeded),
        OutcomeKind.Rejected => CommonComponents.StatusLabel(new StatusLabelProps { Status = "error" }, S.Rejected),
        OutcomeKind.Unreachable => CommonComponents.StatusLabel(new StatusLabelProps { Status = "error" }, S.Unreachable),
        _ => CommonComponents.StatusLabel(new StatusLabelProps { Status = "" }, S.Sending),
    };

    private static int IndexOf(List<NodeOutcome> outcomes, string pod)
    {
        for (int i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Pod == pod) return i;
        }
        return -1;
    }

    private static async Task Worker(Queue<NodeTarget> queue, NodeActionProps props, System.Action<List<NodeOutcome>> publish,
        RefObject<List<NodeOutcome>?> latest)
    {
        while (queue.Count > 0)
        {
            NodeTarget target = queue.Dequeue();
            AdminCallResult result = await DaemonClient.Send(target.Pod, props.Request!);
            NodeOutcome outcome = NodeOutcomes.From(target, result);
            var next = new List<NodeOutcome>(latest.Current ?? new List<NodeOutcome>());
            int at = IndexOf(next, target.Pod);
            if (at >= 0) next[at] = outcome;
            publish(next);
            props.OnOutcome?.Invoke(outcome);
        }
    }
}
