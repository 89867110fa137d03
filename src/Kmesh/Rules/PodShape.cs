using System.Collections.Generic;
using k8s.Models;
using Kmesh.Model.Text;

namespace Kmesh.Model.Rules;

/// <summary>Checks the members of a pod the rules read for their JSON types, so a wrong-typed pod is reported as
/// unreadable (with the JSON path) instead of being reinterpreted.</summary>
public static class PodShape
{
    /// <summary>The first wrong-typed member as "$.spec.containers[0].args is a string, expected a list", or null.</summary>
    public static string? Problem(V1Pod pod)
    {
        V1ObjectMeta? meta = pod.Metadata;
        if (meta is not null)
        {
            if (meta.Name is not null && !JsonTypes.IsText(meta.Name)) return Wrong("$.metadata.name", meta.Name, "a string");
            string? labels = MapProblem("$.metadata.labels", meta.Labels);
            if (labels is not null) return labels;
            string? annotations = MapProblem("$.metadata.annotations", meta.Annotations);
            if (annotations is not null) return annotations;
        }
        V1PodSpec? spec = pod.Spec;
        if (spec is not null)
        {
            if (spec.NodeName is not null && !JsonTypes.IsText(spec.NodeName)) return Wrong("$.spec.nodeName", spec.NodeName, "a string");
            if (spec.Containers is not null)
            {
                if (!JsonTypes.IsList(spec.Containers)) return Wrong("$.spec.containers", spec.Containers, "a list");
                for (int i = 0; i < spec.Containers.Count; i++)
                {
                    V1Container container = spec.Containers[i];
                    if (container is null) continue;
                    if (container.Name is not null && !JsonTypes.IsText(container.Name)) return Wrong(ContainerPath(i, ".name"), container.Name, "a string");
                    if (container.Image is not null && !JsonTypes.IsText(container.Image)) return Wrong(ContainerPath(i, ".image"), container.Image, "a string");
                    string? command = TextListProblem(i, ".command", container.Command);
                    if (command is not null) return command;
                    string? args = TextListProblem(i, ".args", container.Args);
                    if (args is not null) return args;
                }
            }
        }
        V1PodStatus? status = pod.Status;
        if (status is not null)
        {
            if (status.Phase is not null && !JsonTypes.IsText(status.Phase)) return Wrong("$.status.phase", status.Phase, "a string");
            if (status.Conditions is not null && !JsonTypes.IsList(status.Conditions)) return Wrong("$.status.conditions", status.Conditions, "a list");
            if (status.ContainerStatuses is not null)
            {
                if (!JsonTypes.IsList(status.ContainerStatuses)) return Wrong("$.status.containerStatuses", status.ContainerStatuses, "a list");
                for (int i = 0; i < status.ContainerStatuses.Count; i++)
                {
                    V1ContainerStatus item = status.ContainerStatuses[i];
                    if (item is not null && !JsonTypes.IsNumber(item.RestartCount))
                    {
                        return Say.T("{{path}} is {{found}}, expected {{expected}}", "path", $"$.status.containerStatuses[{i}].restartCount", "found", TypeWords.Of(JsonTypes.TypeName(item.RestartCount)), "expected", TypeWords.Of("a number"));
                    }
                }
            }
        }
        return null;
    }

    private static string Wrong(string path, object? value, string expected) => Say.T("{{path}} is {{found}}, expected {{expected}}", "path", path, "found", TypeWords.Of(JsonTypes.TypeName(value)), "expected", TypeWords.Of(expected));

    private static string? MapProblem(string path, IDictionary<string, string>? map)
    {
        if (map is null) return null;
        if (!JsonTypes.IsMap(map)) return Wrong(path, map, "an object");
        // The values alone (a plain array in JS); the entries, for the key to name, only once one is wrong.
        foreach (string value in map.Values)
        {
            if (value is not null && !JsonTypes.IsText(value)) return WrongEntry(path, map);
        }
        return null;
    }

    private static string? WrongEntry(string path, IDictionary<string, string> map)
    {
        foreach (KeyValuePair<string, string> entry in map)
        {
            if (entry.Value is not null && !JsonTypes.IsText(entry.Value)) return Wrong($"{path}[\"{entry.Key}\"]", entry.Value, "a string");
        }
        return null;
    }

    // Paths are spelled only for a problem: every pod of a large cluster is checked, few are wrong.
    private static string ContainerPath(int container, string member) => $"$.spec.containers[{container}]{member}";

    private static string? TextListProblem(int container, string member, IList<string>? list)
    {
        if (list is null) return null;
        if (!JsonTypes.IsList(list)) return Wrong(ContainerPath(container, member), list, "a list");
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is not null && !JsonTypes.IsText(list[i])) return Wrong($"{ContainerPath(container, member)}[{i}]", list[i], "a string");
        }
        return null;
    }
}
