using System.Collections.Generic;
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
public sealed class DiagnosisProps
{
    public V1Pod? Pod { get; set; }
    public LogTailState? Current { get; set; }
    public LogTailState? Previous { get; set; }
}

/// <summary>Why a daemon is (not) running: container state, last termination, restarts, the tails of the current and
/// previous logs (searchable, errors highlighted) and the known failure signatures they show, with the fix.</summary>
public static class DiagnosisSection
{
    public static readonly System.Func<DiagnosisProps, ReactElement?> Component = Render;

    public static ReactElement? Render(DiagnosisProps props)
    {
        var (query, setQuery) = React.UseState("");
        V1Pod pod = props.Pod!;
        string podName = pod.Metadata?.Name ?? "";
        ContainerDiagnosis d = ContainerDiagnosisRules.For(pod, KmeshConfig.Current());
        LogTailState current = props.Current!;
        LogTailState previous = props.Previous!;
        var causes = new List<object?>();
        AddCauses(causes, previous, S.PreviousLogName);
        AddCauses(causes, current, S.CurrentLogName);
        bool logsLoaded = current.Loaded && previous.Loaded;
        return CommonComponents.SectionBox(new SectionBoxProps { Title = S.DiagnosisTitle },
            d.Found ? CommonComponents.NameValueTable(new NameValueTableProps { Rows = Rows(pod, d) }) : Ui.Info(S.NoContainerStatus),
            Mui.Box(new BoxProps { Mt = 2 }, causes.Count > 0 ? causes.ToArray() : new object?[] { logsLoaded ? Ui.Secondary(S.NoCause) : null }),
            Mui.Box(new BoxProps { Mt = 2, Display = "flex", Gap = 2, AlignItems = "center", FlexWrap = "wrap" },
                Mui.TextField(new TextFieldProps { Label = S.SearchLog, Value = query, Size = "small", OnChange = e => setQuery(e.Target.Value) }),
                CommonComponents.Link(new LinkProps { RouteName = RouteNames.HeadlampPod, Params = new RouteParams { Name = podName, Namespace = KmeshConfig.Current().Namespace } }, S.FullLog)),
            LogBlock(S.CurrentLog, current, query, S.EmptyLog),
            LogBlock(S.PreviousLog, previous, query, S.NoPrevious));
    }

    private static List<NameValueRow> Rows(V1Pod pod, ContainerDiagnosis d)
    {
        string state = d.StateWord + (d.StateReason is null || d.StateReason.Length == 0 ? "" : $" ({d.StateReason})")
            + (d.StateMessage is null || d.StateMessage.Length == 0 ? "" : $": {d.StateMessage}");
        string finishedAt = ContainerTimes.LastFinishedAt(pod);
        string runningSince = ContainerTimes.RunningSince(pod);
        string lastRestart = d.Restarts == 0 ? "" : runningSince.Length > 0 ? runningSince : finishedAt;
        return new List<NameValueRow>
        {
            new NameValueRow { Name = S.ContainerState, Value = state },
            new NameValueRow { Name = S.LastTermination, Value = d.LastExitCode is null ? S.NoTermination : d.LastTermination + (d.LastMessage is null || d.LastMessage.Length == 0 ? "" : $": {d.LastMessage}") },
            new NameValueRow { Name = S.LastFinishedAt, Value = finishedAt.Length == 0 ? S.NoTermination : CommonComponents.DateLabel(new DateLabelProps { Date = finishedAt }), Hide = d.LastExitCode is null },
            new NameValueRow { Name = S.Restarts, Value = d.Restarts.ToString() },
            new NameValueRow { Name = S.LastRestart, Value = lastRestart.Length == 0 ? "" : CommonComponents.DateLabel(new DateLabelProps { Date = lastRestart }), Hide = lastRestart.Length == 0 },
        };
    }

    private static void AddCauses(List<object?> causes, LogTailState tail, string which)
    {
        foreach (SignatureMatch match in FailureSignatures.Find(tail.Lines))
        {
            causes.Add(Mui.Alert(new AlertProps { Severity = "error", Key = which + match.Signature.Kind },
                Mui.AlertTitle(S.CauseTitle + ": " + match.Signature.Title),
                Ui.Text(match.Signature.Cause),
                Ui.Text(S.CauseFix + match.Signature.Fix),
                Mui.Typography(new TypographyProps { Variant = "body2", Component = "pre", Color = "text.secondary" }, S.CauseLine(match.Line.Number, which, match.Line.Text))));
        }
    }

    private static ReactElement LogBlock(string title, LogTailState tail, string query, string emptyText)
    {
        object? body;
        if (!tail.Loaded) body = Ui.Loading(S.LogLoading);
        else if (tail.Error is not null) body = Ui.Warning(tail.Error);
        else if (tail.Absent || tail.Lines.Count == 0) body = Ui.Secondary(emptyText);
        else
        {
            List<LogLine> shown = DaemonLog.Filter(tail.Lines, query);
            var lines = new List<object?>();
            foreach (LogLine line in shown)
            {
                lines.Add(Mui.Typography(new TypographyProps { Component = "div", Variant = "body2", FontFamily = "monospace", Color = line.IsError ? "error" : null, Key = line.Number.ToString() },
                    line.Text));
            }
            body = shown.Count == 0 ? Ui.Secondary(S.NoMatch)
                : Mui.Box(new BoxProps { FontFamily = "monospace", WhiteSpace = "pre-wrap", Overflow = "auto", MaxHeight = "24em" }, lines.ToArray());
        }
        return Mui.Box(new BoxProps { Mt = 2 }, Mui.Typography(new TypographyProps { Variant = "subtitle2", GutterBottom = true }, title), body);
    }
}
