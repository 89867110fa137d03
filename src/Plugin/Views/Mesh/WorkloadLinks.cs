using System.Collections.Generic;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using Kmesh.Model.Mesh;
using Kmesh.Plugin.Views.Shared;
using S = Kmesh.Plugin.Views.Mesh.MeshStrings;

namespace Kmesh.Plugin.Views.Mesh;

[ObjectLiteral]
public sealed class WorkloadLinksProps
{
    public IReadOnlyList<WorkloadLink>? Workloads { get; set; }
}

/// <summary>A row's workloads as a count that opens into one link per workload (each row keeps its own open state),
/// so a service or policy over thousands of pods keeps its row one line high.</summary>
public static class WorkloadLinks
{
    public static readonly System.Func<WorkloadLinksProps, ReactElement?> Component = Render;

    public static ReactElement Of(IReadOnlyList<WorkloadLink> workloads) =>
        El.Component(Component, new WorkloadLinksProps { Workloads = workloads });

    private static ReactElement? Render(WorkloadLinksProps props)
    {
        var (open, setOpen) = React.UseState<bool>(false);
        IReadOnlyList<WorkloadLink> workloads = props.Workloads!;
        int count = workloads.Count;
        if (count == 0) return Ui.Text("0");
        var links = new List<ReactElement>();
        if (open) foreach (WorkloadLink workload in workloads) links.Add(MeshLinks.Workload(workload));
        return Mui.Box(new BoxProps { Display = "flex", FlexDirection = "column", AlignItems = "flex-start" },
            Mui.Button(new ButtonProps { Size = "small", OnClick = () => setOpen(!open) }, open ? S.HideWorkloads(count) : S.ShowWorkloads(count)),
            MeshLinks.Lines(links));
    }
}
