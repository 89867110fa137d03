using System.Collections.Generic;
using Headlamp.Bindings;
using Kmesh.Model.Mesh;
using Kmesh.Model.Rules;
using Kmesh.Model.Transport;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Mesh.MeshStrings;
using Kmesh.Plugin.Views.Settings;

namespace Kmesh.Plugin.Views.Mesh;

/// <summary>The page around every mesh table: the gates (daemon list failed or loading, Kmesh absent, kernel-native
/// cluster), the node picker, which daemon answered and when, the daemons that failed before it, and failures.</summary>
public static class MeshFrame
{
    public static ReactElement Render(string title, MeshState mesh, System.Func<MeshModel, ReactElement> body)
    {
        if (mesh.Daemons.Error is not null)
        {
            return CommonComponents.SectionBox(new SectionBoxProps { Title = title },
                Ui.Failure(title, ListErrors.Describe(mesh.Daemons.Error, "pods", KmeshConfig.Current().Namespace), null));
        }
        if (mesh.Daemons.Items is null) return Ui.Loading(S.LoadingDaemons);
        if (mesh.Facts.Pods.Count == 0) return Ui.NotInstalled(title);
        if (mesh.Facts.KernelNative)
        {
            return CommonComponents.SectionBox(new SectionBoxProps { Title = title },
                Ui.Failure(S.NeedsDualEngineTitle, S.NeedsDualEngine, S.NeedsDualEngineHint));
        }
        return CommonComponents.SectionBox(new SectionBoxProps { Title = title },
            Header(mesh),
            Content(mesh, body));
    }

    /// <summary>The Ready nodes to ask, plus the selected one when it is not Ready (the URL asked for it).</summary>
    public static ReactElement NodePicker(List<string> ready, string selected, System.Action<string> choose)
    {
        var choices = new List<object?>();
        if (selected.Length > 0 && !ready.Contains(selected))
        {
            choices.Add(Mui.MenuItem(new MenuItemProps { Value = selected, Key = selected }, S.NotReady(selected)));
        }
        foreach (string node in ready) choices.Add(Mui.MenuItem(new MenuItemProps { Value = node, Key = node }, node));
        return Mui.TextField(new TextFieldProps
        {
            Select = true,
            Label = S.NodeLabel,
            Value = selected,
            Size = "small",
            OnChange = e => choose(e.Target.Value),
        }, choices.ToArray());
    }

    private static ReactElement Header(MeshState mesh)
    {
        MeshLoad? load = mesh.Load;
        ReactElement? answered = load is null || load.Dump is null ? null : Mui.Box(new BoxProps { Display = "flex", Gap = 1, AlignItems = "center" },
            Ui.Secondary(S.AnsweredBy(load.Node, load.Pod, load.Strategy == TransportStrategy.Exec ? SharedStrings.Exec : SharedStrings.PodProxy)),
            CommonComponents.DateLabel(new DateLabelProps { Date = load.FetchedAt }));
        return Mui.Box(new BoxProps { Mb = 2, Display = "flex", Gap = 2, AlignItems = "center", FlexWrap = "wrap" },
            mesh.NodePicker,
            answered,
            load is null ? null : Mui.Button(new ButtonProps { Size = "small", OnClick = mesh.Refresh }, S.Refresh));
    }

    private static ReactElement Content(MeshState mesh, System.Func<MeshModel, ReactElement> body)
    {
        MeshLoad? load = mesh.Load;
        List<DaemonCandidate> order = mesh.Order;
        if (load is null && order.Count == 0) return Ui.Failure(S.NoReadyDaemonTitle, S.NoReadyDaemon, S.NoReadyDaemonHint);
        if (load is null) return Ui.Loading(S.Loading(order[0].Node));
        var parts = new List<object?>();
        if (load.Dump is null)
        {
            foreach (MeshAttempt attempt in load.Attempts) parts.Add(Ui.Failure(attempt.Title, attempt.Message, attempt.Hint));
            return Mui.Stack(new StackProps { Spacing = 1 }, parts.ToArray());
        }
        foreach (MeshAttempt attempt in load.Attempts) parts.Add(Ui.Warning(S.FellBack(attempt.Node, attempt.Pod, attempt.Message)));
        if (mesh.Model is not null) parts.Add(body(mesh.Model));
        return Mui.Stack(new StackProps { Spacing = 1 }, parts.ToArray());
    }
}
