using System.Collections.Generic;
using CSharpToJs.Interop;
using Headlamp.Bindings;
using k8s.Models;
using Kmesh.Model.Operations;
using Kmesh.Model.Rules;
using Kmesh.Plugin.Views.Settings;

namespace Kmesh.Plugin.Views.Operations;

[ObjectLiteral]
public sealed class NodeOperationsProps
{
    public V1Pod? Pod { get; set; }
    public string? Node { get; set; }
    public string? Mode { get; set; }
    /// <summary>Every daemon pod, for actions on all nodes.</summary>
    public IList<V1Pod>? Daemons { get; set; }
    public string? Key { get; set; }
}

/// <summary>Operations on the node page: diagnosis, logger levels and runtime switches. Reads one access review
/// and the node's two log tails; mutating controls are hidden in read-only mode and disabled without permission.</summary>
public static class NodeOperations
{
    public static readonly System.Func<NodeOperationsProps, ReactElement?> Component = Render;

    public static ReactElement? Render(NodeOperationsProps props)
    {
        V1Pod pod = props.Pod!;
        string podName = pod.Metadata?.Name ?? "";
        var (generation, setGeneration) = React.UseState(0);
        bool readOnly = OperationsSettings.UseReadOnly();
        AccessAnswer? access = Permissions.UseAccess(Permission.Admin());
        ContainerDiagnosis diagnosis = ContainerDiagnosisRules.For(pod, KmeshConfig.Current());
        LogTailState current = LogTail.UseTail(podName, false, true, generation);
        LogTailState previous = LogTail.UseTail(podName, true, diagnosis.HasPreviousRun, generation);
        var targets = new List<NodeTarget>();
        foreach (V1Pod daemon in props.Daemons ?? new List<V1Pod>())
        {
            string? name = daemon.Metadata?.Name;
            if (name is not null) targets.Add(new NodeTarget(daemon.Spec?.NodeName ?? "", name));
        }
        var shared = new OperationsProps
        {
            Target = new NodeTarget(props.Node ?? "", podName),
            AllTargets = targets,
            Mode = props.Mode,
            ReadOnly = readOnly,
            Access = access,
            Current = current,
            OnChanged = () => setGeneration(generation + 1),
        };
        return El.Fragment(
            El.Component(DiagnosisSection.Component, new DiagnosisProps { Pod = pod, Current = current, Previous = previous }),
            diagnosis.State == "running" ? El.Component(LoggersSection.Component, shared) : null,
            El.Component(SwitchesSection.Component, shared));
    }
}
